/// Two reviews compared item by item: which items are comparable and how, which are not and why,
/// totals over the comparable items, the change per item, and a verdict. Nothing is dropped:
/// every item of either edition is in ``pairs`` or in ``excluded``.
public struct Comparison: Sendable, Hashable {
    /// Two items that can be compared, with both scores.
    public struct Pair: Sendable, Hashable {
        public var itemA: String
        public var itemB: String
        public var scoreA: Int
        public var scoreB: Int
        /// A's score on B's levels (through the level map).
        public var mappedA: Int
        public var equivalence: Equivalence
        /// `scoreB - mappedA`.
        public var change: Int { scoreB - mappedA }
        /// A's facts scored under B's rules, and B's under A's, where facts were given.
        public var rescoredA: LevelFinding?
        public var rescoredB: LevelFinding?
    }

    /// An item left out of the comparison, with the reason.
    public struct Excluded: Sendable, Hashable {
        public enum Reason: Sendable, Hashable, CustomStringConvertible {
            /// The scale says the items cannot be compared (adapted, none, a map that does not pass).
            case notComparable(NotComparableReason)
            /// The item is new in B: no item of A relates to it; `note` is the scale's, if any.
            case onlyInB(note: String?)
            /// Comparable, but a review lacks the score.
            case missingScore(side: Side)
            /// The level has no counterpart in the level map.
            case unmappedLevel(Int)

            public var description: String {
                switch self {
                case .notComparable(let why): why.description
                case .onlyInB(let note): note ?? "no item of the first edition relates to it"
                case .missingScore(let side): "\(side.rawValue) lacks the score"
                case .unmappedLevel(let level): "level \(level) has no counterpart in the level map"
                }
            }
        }

        public var itemA: String?
        public var itemB: String?
        public var kind: RelationKind?
        public var reason: Reason
    }

    /// Which review of the two.
    public enum Side: String, Sendable, Hashable, CaseIterable {
        case a = "A"
        case b = "B"
        case both
    }

    /// The overall answer.
    public enum Verdict: Sendable, Hashable {
        case fullyComparable
        case partiallyComparable(comparable: Int, of: Int)
        case notComparable
    }

    public var editionA: String
    public var editionB: String
    public var pairs: [Pair]
    public var excluded: [Excluded]
    /// Totals over the compared pairs: A's raw scores, A's scores mapped onto B, and B's.
    public var totalA: Int
    public var mappedTotalA: Int
    public var totalB: Int
    public var verdict: Verdict
    /// Items considered: A's items and the items new in B.
    public var itemCount: Int
}
