/// Turns positions in a file into lines and UTF-8 byte columns.
///
/// libyaml reports marks as character (Unicode scalar) offsets, and it also counts U+0085,
/// U+2028 and U+2029 as line breaks where editors do not. So every location is derived here, in
/// one place, from a byte offset and the file's `\n` line starts.
struct SourceText {
    let file: SourceFile
    private let lineStarts: [Int]
    /// Byte offset of every `scalarStride`-th scalar, so character offsets convert in
    /// near-constant time without one entry per byte.
    private let scalarCheckpoints: [Int]
    /// Which kinds of byte the file holds (taken in the same pass as the line starts).
    let census: ByteCensus
    private static let scalarStride = 64  // a power of two

    init(_ file: SourceFile) {
        self.file = file
        var starts = [0]
        var checkpoints: [Int] = []
        var scalarCount = 0
        // Through a buffer pointer: this runs over every byte of every file, also in the debug
        // build the plugin runs.
        var kinds: UInt8 = 0
        file.bytes.withUnsafeBufferPointer { bytes in
            ByteCensus.table.withUnsafeBufferPointer { table in
                for offset in 0..<bytes.count {
                    let byte = bytes[offset]
                    kinds |= table[Int(byte)]
                    if byte == 0x0A { starts.append(offset + 1) }
                    if byte & 0xC0 != 0x80 {
                        if scalarCount & (Self.scalarStride - 1) == 0 { checkpoints.append(offset) }
                        scalarCount += 1
                    }
                }
            }
        }
        census = ByteCensus(rawValue: kinds)
        lineStarts = starts
        scalarCheckpoints = checkpoints
    }

    /// The location of a byte offset (clamped to the file).
    func location(ofByte offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, file.bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(file: file.path, line: low + 1, column: clamped - lineStarts[low] + 1)
    }

    /// The byte offset of the `index`-th Unicode scalar (the end of the file past the last one).
    func byteOffset(ofScalar index: Int) -> Int {
        guard index > 0 else { return 0 }
        let checkpoint = index / Self.scalarStride
        guard checkpoint < scalarCheckpoints.count else { return file.bytes.count }
        var offset = scalarCheckpoints[checkpoint]
        var remaining = index - checkpoint * Self.scalarStride
        while remaining > 0, offset < file.bytes.count {
            offset += 1
            while offset < file.bytes.count, file.bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }

    /// The location of libyaml's character offset.
    func location(ofScalar index: Int) -> SourceLocation {
        location(ofByte: byteOffset(ofScalar: index))
    }

    /// The byte offset of a 1-based line and UTF-8 byte column.
    func byteOffset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return file.bytes.count }
        return min(lineStarts[line - 1] + column - 1, file.bytes.count)
    }

    /// The start of a line (1-based), for locations at a line's first column.
    func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: file.path, line: line, column: column)
    }
}
