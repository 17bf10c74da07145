/// One review for a comparison: its edition, its levels, and the facts behind them when known.
public struct ComparisonSheet: Sendable, Hashable {
    /// The edition's id.
    public var edition: String
    /// Levels by item id.
    public var scores: [String: Int]
    /// Raw facts by item, so measured items can be rescored under the other edition's rules.
    public var facts: [String: ItemFacts]

    /// A review for a comparison: its edition, its levels and, where known, the facts behind them.
    public init(edition: String, scores: [String: Int], facts: [String: ItemFacts] = [:]) {
        self.edition = edition
        self.scores = scores
        self.facts = facts
    }
}
