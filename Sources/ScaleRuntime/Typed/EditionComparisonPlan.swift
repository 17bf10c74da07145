/// Everything about comparing reviews of edition `A` with reviews of edition `B` that does not
/// depend on the scores, worked out once: each item's counterpart by position, its level map as
/// an array, and the items that can never be compared. Comparing two sheets through a plan is one
/// pass over A's levels that allocates nothing.
///
/// ```swift
/// let plan = EditionComparisonPlan<IPSFidelity2008, IPSFidelityFi2026>(scale: IPSFidelityScale.definition)
/// let comparison = plan.compare(sheet2008, sheet2026)
/// ```
public struct EditionComparisonPlan<A: ScaleEdition, B: ScaleEdition>: Sendable {
    /// The plan with string ids, as ``ComparisonPlan`` resolves it (the source of every answer here).
    public var untyped: ComparisonPlan { storage.untyped }
    let storage: Storage

    /// Resolves every item of `A` in `B` through the scale's relations, once.
    public init(scale: ScaleDefinition) {
        storage = Storage(ComparisonPlan(scale: scale, from: A.definition.id, to: B.definition.id))
    }

    /// Compares a review of `A` with a review of `B`.
    public func compare(_ a: ScoreSheet<A.Item>, _ b: ScoreSheet<B.Item>) -> EditionComparison<A, B> {
        EditionComparison(plan: self, levelsA: a.levelsInScaleOrder, levelsB: b.levelsInScaleOrder)
    }

    /// The resolved plan by position; immutable, shared by every comparison made through it.
    final class Storage: Sendable {
        let untyped: ComparisonPlan
        /// Per position of A: the equivalence found, nil when the editions are not connected.
        let equivalences: [Equivalence?]
        /// Per position of A: the counterpart's position in B when the scores are comparable, else -1.
        let targets: [Int]
        /// Per position of A, then per level of A from the lowest: the level on B's scale, or
        /// ``unmapped``.
        let mapped: [Int]
        /// A's level range, for indexing ``mapped``.
        let levelsA: ClosedRange<Int>
        /// Items considered: A's items and the items new in B.
        let itemCount: Int

        static var unmapped: Int { Int.min }

        init(_ plan: ComparisonPlan) {
            untyped = plan
            levelsA = A.scoringLayout.levels
            var equivalences: [Equivalence?] = []
            var targets: [Int] = []
            var mapped: [Int] = []
            var reached = Set<String>()
            for (_, equivalence) in plan.equivalences {
                equivalences.append(equivalence)
                if let target = equivalence?.toItem { reached.insert(target) }
                let target = equivalence.flatMap { $0.isComparable ? $0.toItem : nil }.flatMap(B.Item.init(rawValue:))
                targets.append(target?.index ?? -1)
                for level in levelsA { mapped.append(equivalence?.map(level) ?? Self.unmapped) }
            }
            self.equivalences = equivalences
            self.targets = targets
            self.mapped = mapped
            // B's items no item of A reaches count as considered (each is excluded as new in B).
            itemCount = plan.equivalences.count + plan.itemsB.filter { !reached.contains($0) }.count
        }

        /// A's level `level` at `position` on B's levels; nil when the map has no counterpart.
        func map(_ level: Int, at position: Int) -> Int? {
            guard levelsA.contains(level) else { return nil }
            let index = position * levelsA.count + (level - levelsA.lowerBound)
            guard mapped.indices.contains(index), mapped[index] != Self.unmapped else { return nil }
            return mapped[index]
        }
    }
}
