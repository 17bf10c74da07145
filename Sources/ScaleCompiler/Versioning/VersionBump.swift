/// What a change breaks, as a semantic-version bump of the scale (see the Versioning article).
public enum VersionBump: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    /// No change at all.
    case none
    /// Text, notes, guidance: scores and generated symbols mean what they meant.
    case patch
    /// Something added (an item, language, edition, relation): new symbols, old ones intact.
    case minor
    /// Old scores or generated symbols no longer mean the same: an item or level removed,
    /// thresholds, criteria, bands or level maps changed, an id renamed.
    case major

    private var rank: Int {
        switch self {
        case .none: 0
        case .patch: 1
        case .minor: 2
        case .major: 3
        }
    }

    /// Ordered by what they break: none < patch < minor < major.
    public static func < (lhs: VersionBump, rhs: VersionBump) -> Bool { lhs.rank < rhs.rank }
}
