/// A place in a source file: 1-based line and 1-based column counted in UTF-8 bytes, as swiftc
/// and most editors count them.
public struct SourceLocation: Hashable, Sendable, Comparable, Codable {
    /// The file's path as the user named it (relative to the package where possible).
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `file:line:column`, the prefix of a printed diagnostic.
    /// The file name is escaped (``PrintableText``), so it cannot break the line.
    public var description: String { "\(PrintableText.escaped(file)):\(line):\(column)" }
}
