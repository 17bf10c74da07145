/// Two reviews compared item by item, with the items of each side typed by its edition: the
/// typed view of a ``Comparison``. Nothing is dropped: every item of either edition is in
/// ``pairs`` or in ``excluded``.
///
/// Made by ``EditionComparisonPlan/compare(_:_:)`` in one pass that allocates nothing: the
/// verdict and totals are worked out then; ``pairs``, ``excluded`` and ``untyped`` when asked for.
public struct EditionComparison<A: ScaleEdition, B: ScaleEdition>: Sendable, Hashable {
    /// Two items that can be compared, with both scores.
    public struct Pair: Sendable, Hashable {
        /// The item of edition A.
        public var itemA: A.Item
        /// Its counterpart in edition B.
        public var itemB: B.Item
        /// A's score, on A's levels.
        public var scoreA: Int
        /// B's score.
        public var scoreB: Int
        /// A's score on B's levels (through the level map).
        public var mappedA: Int
        /// How the two items relate, along the chain of relations.
        public var equivalence: Equivalence
        /// `scoreB - mappedA`.
        public var change: Int { scoreB - mappedA }
    }

    /// An item left out of the comparison, with the reason.
    public struct Excluded: Sendable, Hashable {
        /// The item of A; nil for an item new in B.
        public var itemA: A.Item?
        /// The item of B, when there is one.
        public var itemB: B.Item?
        /// The relation between them, when there is one.
        public var kind: RelationKind?
        /// Why the item is left out.
        public var reason: Comparison.Excluded.Reason
    }

    private let plan: EditionComparisonPlan<A, B>.Storage
    private let levelsA: [Int?]
    private let levelsB: [Int?]
    /// A's total over the compared pairs.
    public let totalA: Int
    /// A's total over the compared pairs, on B's levels.
    public let mappedTotalA: Int
    /// B's total over the compared pairs.
    public let totalB: Int
    /// How many items are compared.
    public let comparableCount: Int

    init(plan: EditionComparisonPlan<A, B>, levelsA: [Int?], levelsB: [Int?]) {
        let storage = plan.storage
        var totalA = 0
        var mappedTotalA = 0
        var totalB = 0
        var count = 0
        for (position, target) in storage.targets.enumerated() where target >= 0 {
            guard position < levelsA.count, let scoreA = levelsA[position], target < levelsB.count,
                let scoreB = levelsB[target], let mapped = storage.map(scoreA, at: position)
            else { continue }
            totalA += scoreA
            mappedTotalA += mapped
            totalB += scoreB
            count += 1
        }
        self.plan = storage
        self.levelsA = levelsA
        self.levelsB = levelsB
        self.totalA = totalA
        self.mappedTotalA = mappedTotalA
        self.totalB = totalB
        comparableCount = count
    }

    /// The overall answer.
    public var verdict: Comparison.Verdict {
        comparableCount == 0
            ? .notComparable
            : comparableCount == plan.itemCount ? .fullyComparable : .partiallyComparable(comparable: comparableCount, of: plan.itemCount)
    }

    /// The items compared, in A's scale order.
    public var pairs: [Pair] {
        var pairs: [Pair] = []
        for (position, target) in plan.targets.enumerated() where target >= 0 {
            guard let itemA = A.Item(index: position), let itemB = B.Item(index: target),
                let equivalence = plan.equivalences[position], let scoreA = level(levelsA, position),
                let scoreB = level(levelsB, target), let mapped = plan.map(scoreA, at: position)
            else { continue }
            pairs.append(Pair(itemA: itemA, itemB: itemB, scoreA: scoreA, scoreB: scoreB, mappedA: mapped, equivalence: equivalence))
        }
        return pairs
    }

    /// The items left out, with their reasons: A's in scale order, then the items new in B.
    /// Typed from ``untyped``, so the reasons are decided in one place (`ScaleDefinition.compare`).
    public var excluded: [Excluded] {
        untyped.excluded.map { excluded in
            Excluded(
                itemA: excluded.itemA.flatMap(A.Item.init(rawValue:)), itemB: excluded.itemB.flatMap(B.Item.init(rawValue:)),
                kind: excluded.kind, reason: excluded.reason)
        }
    }

    /// The comparison with string ids, as `scalec compare` reports it.
    public var untyped: Comparison {
        func sheet<Edition: ScaleEdition>(_ levels: [Int?], of _: Edition.Type) -> ComparisonSheet {
            var scores: [String: Int] = [:]
            for (position, level) in levels.enumerated() {
                if let level, let item = Edition.Item(index: position) { scores[item.rawValue] = level }
            }
            return ComparisonSheet(edition: Edition.definition.id, scores: scores)
        }
        return plan.untyped.compare(sheet(levelsA, of: A.self), sheet(levelsB, of: B.self))
    }

    private func level(_ levels: [Int?], _ position: Int) -> Int? {
        position < levels.count ? levels[position] : nil
    }

    /// Equal when the same two sheets were compared through the same relations.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.levelsA == rhs.levelsA && lhs.levelsB == rhs.levelsB
            && (lhs.plan === rhs.plan || lhs.plan.untyped.scale == rhs.plan.untyped.scale)
    }

    /// Hashes the two sheets' levels.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(levelsA)
        hasher.combine(levelsB)
    }
}
