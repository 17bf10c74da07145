/// One difference between two versions of a scale, located and classified.
public struct ScaleChange: Sendable, Hashable, Codable {
    /// What happened to the thing at `path`.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Only NEW has it.
        case added
        /// Only OLD has it.
        case removed
        /// Both have it, and it differs.
        case changed
        /// OLD's id is NEW's other id.
        case renamed
    }

    /// Where in the compiled model: `editions/2008/items/caseload-size/measure`.
    public var path: String
    /// Added, removed, changed or renamed.
    public var kind: Kind
    /// What the change breaks.
    public var bump: VersionBump
    /// Where in NEW (or OLD, for a removal) the change is, as far as the files tell.
    public var location: SourceLocation?
    /// The change in words, for people.
    public var summary: String

    /// A change from its parts.
    public init(path: String, kind: Kind, bump: VersionBump, location: SourceLocation?, summary: String) {
        self.path = path
        self.kind = kind
        self.bump = bump
        self.location = location
        self.summary = summary
    }
}
