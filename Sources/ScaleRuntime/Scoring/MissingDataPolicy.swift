/// What an edition's source says about items without a score.
///
/// The nb handbook: missing information scores 1, and no item is "not applicable"
/// (003:811, 819–821, 1593–1599). The sv manual: fill in everything, no default (001:76–79).
/// fi-2026 states nothing. A result can be read either way, chosen explicitly
/// (``MissingDataView``): strictly (missing items listed, no band) or as the source says.
public struct MissingDataPolicy: Sendable, Hashable {
    /// What the source says a missing item scores.
    public enum Rule: String, Sendable, Hashable, CaseIterable {
        /// A missing item scores the lowest level.
        case lowestLevel = "lowest-level"
        /// The source gives no default: every item must be scored.
        case noDefault = "no-default"
    }

    /// The rule.
    public var rule: Rule
    /// The source's words with the citation.
    public var note: String

    /// A policy with the source's words.
    public init(rule: Rule, note: String) {
        self.rule = rule
        self.note = note
    }
}

/// How a result treats items without a score.
public enum MissingDataView: String, Sendable, Hashable, CaseIterable {
    /// Missing items are listed and never counted; no band until every item is scored.
    case strict
    /// As the edition's source says (``MissingDataPolicy``): e.g. each missing item scored 1
    /// and listed as such. Without a stated policy, the same as `strict`.
    case source
}
