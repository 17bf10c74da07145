/// One input file as bytes, with the path diagnostics print for it.
public struct SourceFile: Sendable, Hashable {
    /// The path diagnostics print, relative to the package or the working directory.
    public var path: String
    public var bytes: [UInt8]
    /// The size of a file that was too large to read: its bytes were never loaded (empty), and
    /// readers report the size against their limit.
    public var unreadSize: Int?

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A file left unread because its size (from `stat`) is over the limit.
    public static func unread(path: String, size: Int) -> SourceFile {
        var file = SourceFile(path: path, bytes: [])
        file.unreadSize = size
        return file
    }

    /// The file's size in bytes, read or not.
    public var size: Int { unreadSize ?? bytes.count }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
