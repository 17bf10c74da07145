/// Scores of one assessment on one edition, keyed by typed item ids.
public struct ScoreSheet<Item: ScaleItem>: Sendable, Hashable {
    public private(set) var scores: [Item: Int] = [:]

    public init() {}

    /// A sheet from scores; throws on the first score outside the edition's levels.
    public init(_ scores: [Item: Int]) throws(ScoreError) {
        for (item, score) in scores.sorted(by: { $0.key.rawValue < $1.key.rawValue }) { try set(item, to: score) }
    }

    /// Records a score after checking it against the edition's levels.
    public mutating func set(_ item: Item, to score: Int) throws(ScoreError) {
        try Item.edition.validate(item: item.rawValue, score: score)
        scores[item] = score
    }

    /// Forgets an item's score, so that it counts as missing again.
    public mutating func remove(_ item: Item) { scores[item] = nil }

    public subscript(item: Item) -> Int? { scores[item] }

    /// The items without a score, in scale order.
    public var missing: [Item] { Item.allCases.filter { scores[$0] == nil } }

    /// Totals, section subtotals and band.
    public func result() -> ScoreResult {
        var byID: [String: Int] = [:]
        for (item, score) in scores { byID[item.rawValue] = score }
        // Every score went through `set`, which validated it.
        return Item.edition.tally(byID)
    }
}
