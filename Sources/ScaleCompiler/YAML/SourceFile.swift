/// One input file as bytes, with the path diagnostics print for it.
public struct SourceFile: Sendable, Hashable {
    /// The path diagnostics print, relative to the package or the working directory.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
