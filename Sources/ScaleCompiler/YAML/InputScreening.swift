#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks a file's bytes before libyaml sees them: encoding, line ends and indentation, the
/// problems whose libyaml messages would be vague or wrongly located.
enum InputScreening {
    static func check(_ text: SourceText, allowsTabIndentation: Bool = false) -> [Diagnostic] {
        let bytes = text.file.bytes
        var found: [Diagnostic] = []

        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let start = text.location(ofByte: 0)
            found.append(
                .error(
                    .byteOrderMark, "file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM",
                    at: start, fixIts: [.init(at: start, length: 3, replacement: "")]))
        }
        // One pass says which of the checks below can find anything; most files need only the
        // UTF-8 check (every check was a pass of its own over every byte).
        let census = text.census
        if census.contains(.nonASCII), let invalid = firstInvalidUTF8(bytes) {
            found.append(
                .error(
                    .invalidUTF8,
                    "file is not valid UTF-8: byte 0x\(hex(bytes[invalid])) cannot appear here; save the file as UTF-8",
                    at: text.location(ofByte: invalid)))
            return found  // Everything below reads the bytes as UTF-8.
        }
        if census.contains(.nul), let nul = bytes.firstIndex(of: 0) {
            found.append(.error(.nulByte, "file contains a NUL byte", at: text.location(ofByte: nul)))
        }
        if census.contains(.carriageReturn) { found += lineEndProblems(text) }
        if census.contains(.lineBreakLead) { found += lineSeparatorProblems(text) }
        if census.contains(.tab), !allowsTabIndentation { found += tabIndentation(text) }
        return found
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }

    /// The offset of the first byte that breaks UTF-8 (overlong forms and surrogates included).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return index
            }
            for position in 1..<length {
                guard index + position < bytes.count else { return index }
                let byte = bytes[index + position]
                let (low, high) = position == 1 ? (lowerBound, upperBound) : (0x80, 0xBF)
                guard byte >= low, byte <= high else { return index }
            }
            index += length
        }
        return nil
    }

    private static func lineEndProblems(_ text: SourceText) -> [Diagnostic] {
        let bytes = text.file.bytes
        let carriageReturns = bytes.indices.filter { bytes[$0] == 0x0D }
        guard let first = carriageReturns.first else { return [] }
        let isCRLF = first + 1 < bytes.count && bytes[first + 1] == 0x0A
        let what = isCRLF ? "Windows (CRLF) line ends" : "a carriage return (CR)"
        var notes: [Diagnostic.Note] = []
        if carriageReturns.count > 1 {
            notes.append(.init("\(carriageReturns.count) carriage returns in this file in all"))
        }
        let location = text.location(ofByte: first)
        return [
            .error(
                .carriageReturn, "file uses \(what); save it with LF (Unix) line ends", at: location,
                notes: notes, fixIts: [.init(at: location, length: 1, replacement: "")])
        ]
    }

    /// U+0085, U+2028 and U+2029 are line breaks to libyaml but not to editors.
    private static func lineSeparatorProblems(_ text: SourceText) -> [Diagnostic] {
        var found: [(offset: Int, name: String, length: Int)] = []
        text.file.bytes.withUnsafeBufferPointer { bytes in
            // Jump from lead byte to lead byte (memchr), not byte by byte.
            for lead: UInt8 in [0xC2, 0xE2] {
                var index = 0
                while index + 1 < bytes.count, let base = bytes.baseAddress,
                    let hit = memchr(base + index, Int32(lead), bytes.count - index)
                {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    index = offset + 1
                    guard offset + 1 < bytes.count else { break }
                    if lead == 0xC2, bytes[offset + 1] == 0x85 {
                        found.append((offset, "U+0085 NEXT LINE", 2))
                    } else if lead == 0xE2, offset + 2 < bytes.count, bytes[offset + 1] == 0x80,
                        bytes[offset + 2] == 0xA8 || bytes[offset + 2] == 0xA9
                    {
                        found.append((offset, bytes[offset + 2] == 0xA8 ? "U+2028 LINE SEPARATOR" : "U+2029 PARAGRAPH SEPARATOR", 3))
                    }
                }
            }
        }
        found.sort { $0.offset < $1.offset }
        return found.map { offset, name, length in
            let location = text.location(ofByte: offset)
            return .error(
                .unicodeLineBreak, "invisible \(name) character; YAML reads it as a line break, editors do not",
                at: location, fixIts: [.init(at: location, length: length, replacement: " ")])
        }
    }

    private static func tabIndentation(_ text: SourceText) -> [Diagnostic] {
        let bytes = text.file.bytes
        var tabbedLines: [Int] = []
        var lineStart = 0
        while lineStart < bytes.count {
            var position = lineStart
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 {
                if bytes[position] == 0x09 {
                    tabbedLines.append(position)
                    break
                }
                position += 1
            }
            guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) else { break }
            lineStart = newline + 1
        }
        guard let first = tabbedLines.first else { return [] }
        var notes: [Diagnostic.Note] = []
        if tabbedLines.count > 1 {
            let others = tabbedLines.dropFirst().prefix(5).map { text.location(ofByte: $0) }
            for other in others { notes.append(.init("another tab in indentation", at: other)) }
            if tabbedLines.count > 6 { notes.append(.init("and \(tabbedLines.count - 6) more lines")) }
        }
        let location = text.location(ofByte: first)
        return [
            .error(
                .tabIndentation, "tab character in indentation; YAML indents with spaces only", at: location,
                notes: notes, fixIts: [.init(at: location, length: 1, replacement: "  ")])
        ]
    }
}
