/// Scores of one assessment on one edition, keyed by typed item ids and stored by item position.
public struct ScoreSheet<Item: ScaleItem>: Sendable, Hashable {
    /// One slot per item of the edition, in scale order; nil while the item has no score.
    private var levels: [Int?]

    /// An empty sheet: every item missing.
    public init() {
        levels = Array(repeating: nil, count: Item.Edition.scoringLayout.itemCount)
    }

    /// A sheet from scores; throws on the first score (in scale order) outside the edition's levels.
    public init(_ scores: [Item: Int]) throws(ScoreError) {
        self.init()
        for (item, score) in scores.sorted(by: { $0.key.index < $1.key.index }) { try set(item, to: score) }
    }

    /// Records a score after checking it against the edition's levels.
    public mutating func set(_ item: Item, to score: Int) throws(ScoreError) {
        let range = Item.Edition.scoringLayout.levels
        guard range.contains(score) else { throw .levelOutOfRange(item: item.rawValue, score: score, range: range) }
        guard levels.indices.contains(item.index) else { throw .unknownItem(item.rawValue, edition: Item.edition.id) }
        levels[item.index] = score
    }

    /// Forgets an item's score, so that it counts as missing again.
    public mutating func remove(_ item: Item) {
        guard levels.indices.contains(item.index) else { return }
        levels[item.index] = nil
    }

    /// The item's score, nil while it has none.
    public subscript(item: Item) -> Int? {
        levels.indices.contains(item.index) ? levels[item.index] : nil
    }

    /// The scores given, as a dictionary (a copy, for code that wants one).
    public var scores: [Item: Int] {
        var scores: [Item: Int] = [:]
        for item in Item.allCases { if let level = self[item] { scores[item] = level } }
        return scores
    }

    /// The items without a score, in scale order.
    public var missing: [Item] { Item.allCases.filter { self[$0] == nil } }

    /// The scores in scale order, nil for a missing item.
    public var levelsInScaleOrder: [Int?] { levels }

    /// Totals, section subtotals and band, with missing items listed (never counted as zero).
    public func result() -> SheetResult<Item.Edition> {
        SheetResult(levels: levels, imputing: nil)
    }

    /// Totals under a chosen view of missing data: `.strict` lists missing items; `.source`
    /// applies the edition's policy (the nb handbook scores each missing item 1) and lists the
    /// items it scored in ``SheetResult/imputed``.
    public func result(missing view: MissingDataView) -> SheetResult<Item.Edition> {
        guard view == .source, let policy = Item.edition.missingData else { return result() }
        return SheetResult(levels: levels, imputing: policy)
    }
}
