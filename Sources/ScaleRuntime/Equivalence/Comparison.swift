/// Two reviews compared item by item: which items are comparable and how, which are not and why,
/// totals over the comparable items, the change per item, and a verdict. Nothing is dropped:
/// every item of either edition is in ``pairs`` or in ``excluded``.
public struct Comparison: Sendable, Hashable {
    /// Two items that can be compared, with both scores.
    public struct Pair: Sendable, Hashable {
        /// The item's id in edition A.
        public var itemA: String
        /// Its counterpart's id in edition B.
        public var itemB: String
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
        /// A's facts scored under B's rules, and B's under A's, where facts were given.
        public var rescoredA: LevelFinding?
        /// B's facts scored under A's rules for A's item, where facts were given.
        public var rescoredB: LevelFinding?
    }

    /// An item left out of the comparison, with the reason.
    public struct Excluded: Sendable, Hashable {
        /// Why an item is left out of a comparison.
        public enum Reason: Sendable, Hashable, CustomStringConvertible {
            /// The scale says the items cannot be compared (adapted, none, a map that does not pass).
            case notComparable(NotComparableReason)
            /// The item is new in B: no item of A relates to it; `note` is the scale's, if any.
            case onlyInB(note: String?)
            /// Comparable, but a review lacks the score.
            case missingScore(side: Side)
            /// The level has no counterpart in the level map.
            case unmappedLevel(Int)

            /// The reason in English, as `scalec compare` prints it.
            public var description: String {
                switch self {
                case .notComparable(let why): why.description
                case .onlyInB(let note): note ?? "no item of the first edition relates to it"
                case .missingScore(let side): "\(side.rawValue) lacks the score"
                case .unmappedLevel(let level): "level \(level) has no counterpart in the level map"
                }
            }
        }

        /// The item of A; nil for an item new in B.
        public var itemA: String?
        /// The item of B, when there is one.
        public var itemB: String?
        /// The relation between them, when there is one.
        public var kind: RelationKind?
        /// Why the item is left out.
        public var reason: Reason
    }

    /// Which review of the two.
    public enum Side: String, Sendable, Hashable, CaseIterable {
        /// The first review (A).
        case a = "A"
        /// The second review (B).
        case b = "B"
        /// Both reviews.
        case both
    }

    /// The overall answer.
    public enum Verdict: Sendable, Hashable {
        /// Every item considered is compared.
        case fullyComparable
        /// `comparable` of the `of` items considered are compared; the others are in
        /// ``Comparison/excluded``.
        case partiallyComparable(comparable: Int, of: Int)
        /// No item is compared.
        case notComparable
    }

    /// The first review's edition.
    public var editionA: String
    /// The second review's edition.
    public var editionB: String
    /// The items compared, in A's scale order.
    public var pairs: [Pair]
    /// The items left out, with their reasons: A's in scale order, then the items new in B.
    public var excluded: [Excluded]
    /// Totals over the compared pairs: A's raw scores, A's scores mapped onto B, and B's.
    public var totalA: Int
    /// A's total over the compared pairs, on B's levels.
    public var mappedTotalA: Int
    /// B's total over the compared pairs.
    public var totalB: Int
    /// The overall answer.
    public var verdict: Verdict
    /// Items considered: A's items and the items new in B.
    public var itemCount: Int
}
