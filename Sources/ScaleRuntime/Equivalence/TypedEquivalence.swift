/// An ``Equivalence`` whose counterpart is a typed item id of the target edition.
public struct TypedEquivalence<Target: ScaleItem>: Sendable, Hashable {
    /// The counterpart, nil when the chain ends in `none`.
    public var item: Target?
    /// The equivalence with string ids.
    public var equivalence: Equivalence

    /// The weakest relation on the chain.
    public var kind: RelationKind { equivalence.kind }
    /// Whether scores can be compared (through the level map).
    public var isComparable: Bool { equivalence.isComparable }

    /// A source level on the target's levels, when comparable.
    public func map(_ level: Int) -> Int? { equivalence.map(level) }
}

extension ScaleDefinition {
    /// What a typed item is in another edition, with typed ids on both sides.
    public func equivalence<Source: ScaleItem, Target: ScaleItem>(
        of item: Source, to target: Target.Type
    ) -> TypedEquivalence<Target>? {
        guard let found = equivalence(of: item.rawValue, in: Source.edition.id, to: Target.edition.id) else { return nil }
        return TypedEquivalence(item: found.toItem.flatMap(Target.init(rawValue:)), equivalence: found)
    }

    /// Compares two typed score sheets, of the same or of different editions. To compare many
    /// sheets of the same two editions, make an ``EditionComparisonPlan`` once.
    public func compare<A: ScaleItem, B: ScaleItem>(_ a: ScoreSheet<A>, _ b: ScoreSheet<B>) -> EditionComparison<A.Edition, B.Edition> {
        EditionComparisonPlan<A.Edition, B.Edition>(scale: self).compare(a, b)
    }
}
