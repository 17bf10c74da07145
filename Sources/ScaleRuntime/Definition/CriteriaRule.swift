/// The criteria of a count-scored item and the level each number of criteria met gives.
public struct CriteriaRule: Sendable, Hashable {
    /// Criterion ids in source order.
    public var criteria: [String]
    /// `levelsByCount[k]` is the level when `k` criteria are met, for every k in 0…criteria.count.
    public var levelsByCount: [Int]

    /// A rule from the criteria in source order and the level for each number met (one more entry
    /// than there are criteria, for none met).
    public init(criteria: [String], levelsByCount: [Int]) {
        self.criteria = criteria
        self.levelsByCount = levelsByCount
    }

    /// The level for a number of criteria met, or nil outside 0…criteria.count.
    public func level(forCount count: Int) -> Int? {
        levelsByCount.indices.contains(count) ? levelsByCount[count] : nil
    }
}
