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

    /// Whether the compiler reads a file at this path in a scale folder (its YAML files); other
    /// files (the target's Swift file, a README) are never read.
    public static func isCompilerInput(_ relativePath: String) -> Bool {
        ScaleFileRole(relativePath: relativePath) != .ignored
    }

    /// Whether a command may write this file of a scale folder: only a translation's text file
    /// (`<edition>/text.<language>.yaml`) or its source snapshot. Structure, scale.yaml,
    /// relations and glossaries are maintainers' files, never written by a tool.
    public static func isWritableByTools(_ relativePath: String) -> Bool {
        switch ScaleFileRole(relativePath: relativePath) {
        case .text, .textSources: true
        default: false
        }
    }

    /// The display path of a file in the folder, present or not.
    public func path(of relativePath: String) -> String { Self.join(directory, relativePath) }
}
