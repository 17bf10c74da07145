/// The files of one scale folder, as the front end read them.
public struct ScaleSource: Sendable {
    /// One file and its path inside the scale folder (`2008/text.nb.yaml`).
    public struct Entry: Sendable {
        public var relativePath: String
        public var file: SourceFile

        public init(relativePath: String, file: SourceFile) {
            self.relativePath = relativePath
            self.file = file
        }
    }

    /// The folder as diagnostics print it (`Scales/ips-fidelity`).
    public var directory: String
    public var entries: [Entry]

    public init(directory: String, entries: [Entry]) {
        self.directory = directory
        self.entries = entries
    }

    /// Builds entries from relative paths and bytes, deriving each display path.
    public init(directory: String, files: [(relativePath: String, bytes: [UInt8])]) {
        self.directory = directory
        self.entries = files.map { relativePath, bytes in
            Entry(relativePath: relativePath, file: SourceFile(path: Self.join(directory, relativePath), bytes: bytes))
        }
    }

    public static func join(_ directory: String, _ relativePath: String) -> String {
        if directory.isEmpty || directory == "." { return relativePath }
        return directory.hasSuffix("/") ? directory + relativePath : directory + "/" + relativePath
    }

    /// The display path of a file in the folder, present or not.
    public func path(of relativePath: String) -> String { Self.join(directory, relativePath) }
}
