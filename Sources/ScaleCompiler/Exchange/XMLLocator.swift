/// Turns byte offsets into 1-based lines and UTF-8 byte columns. Offsets asked for in increasing
/// order (as a reader meets elements) cost one pass over the file in all; an earlier offset (an
/// error pointing back) starts again from the top.
struct XMLLocator {
    private let path: String
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(path: String) { self.path = path }

    mutating func location(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        let target = max(0, min(target, bytes.count))
        if target < offset {
            offset = 0
            line = 1
            lineStart = 0
        }
        while offset < target {
            if bytes[offset] == 0x0A {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
        return SourceLocation(file: path, line: line, column: target - lineStart + 1)
    }
}
