/// Two reviews compared item by item, with the items of each side typed by its edition: the
/// typed view of a ``Comparison``. Nothing is dropped: every item of either edition is in
/// ``pairs`` or in ``excluded``.
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

    /// The comparison with string ids, as `scalec compare` reports it.
    public var untyped: Comparison
    /// The items compared, in A's scale order.
    public var pairs: [Pair]
    /// The items left out, with their reasons.
    public var excluded: [Excluded]

    /// The overall answer.
    public var verdict: Comparison.Verdict { untyped.verdict }
    /// A's total over the compared pairs.
    public var totalA: Int { untyped.totalA }
    /// A's total over the compared pairs, on B's levels.
    public var mappedTotalA: Int { untyped.mappedTotalA }
    /// B's total over the compared pairs.
    public var totalB: Int { untyped.totalB }

    /// Types a comparison of reviews of `A` and `B`; ids the editions do not have (none, for a
    /// comparison made from their sheets) are left out of the typed lists.
    public init(_ comparison: Comparison) {
        untyped = comparison
        pairs = comparison.pairs.compactMap { pair in
            guard let itemA = A.Item(rawValue: pair.itemA), let itemB = B.Item(rawValue: pair.itemB) else { return nil }
            return Pair(
                itemA: itemA, itemB: itemB, scoreA: pair.scoreA, scoreB: pair.scoreB, mappedA: pair.mappedA,
                equivalence: pair.equivalence)
        }
        excluded = comparison.excluded.map { excluded in
            Excluded(
                itemA: excluded.itemA.flatMap(A.Item.init(rawValue:)), itemB: excluded.itemB.flatMap(B.Item.init(rawValue:)),
                kind: excluded.kind, reason: excluded.reason)
        }
    }
}
