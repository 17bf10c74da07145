/// What an item of one edition is in another edition, found by following relations (possibly
/// through intermediate editions).
public struct Equivalence: Sendable, Hashable {
    /// One relation as followed, in the direction of travel.
    public struct Step: Sendable, Hashable {
        /// The relation, as declared.
        public var relation: ItemRelation
        /// True when the relation was followed from its `to` side to its `from` side.
        public var reversed: Bool
    }

    /// The edition the item is from.
    public var fromEdition: String
    /// The item's id in `fromEdition`.
    public var fromItem: String
    /// The edition its counterpart is looked for in.
    public var toEdition: String
    /// The counterpart, nil when the chain ends in `none`.
    public var toItem: String?
    /// The weakest relation on the path.
    public var kind: RelationKind
    /// Source level → target level along the whole path; nil when the levels do not carry over.
    public var levelMap: [Int: Int]?
    /// True when a relation on the path has a level map that is a judgement, not a fact of the
    /// sources.
    public var approximate: Bool
    /// The relations followed, in order; empty within one edition.
    public var steps: [Step]
    /// Why the scores are not comparable, when they are not.
    public var obstacle: NotComparableReason?

    /// Scores can be compared (through ``levelMap``).
    public var isComparable: Bool { obstacle == nil && toItem != nil && levelMap != nil }

    /// The target-edition level of a source level, when comparable.
    public func map(_ level: Int) -> Int? { isComparable ? levelMap?[level] : nil }
}
