/// What the compiler learned about one translation's freshness, for coverage reports.
public struct TranslationStatus: Sendable, Hashable {
    public var edition: String
    public var language: LanguageTag
    /// Whether a `text.<language>.sources.yaml` snapshot exists at all.
    public var hasSnapshot: Bool
    /// Entries whose source text changed (or vanished) since they were translated.
    public var stale: Set<String>
    /// Entries the snapshot vouches for: translated from the current source text.
    public var verified: Set<String>
}
