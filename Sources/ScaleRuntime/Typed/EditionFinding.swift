/// The level computed from facts of one item of a generated edition, with typed ids: the typed
/// view of a ``LevelFinding``.
public struct EditionFinding<Edition: ScaleEdition>: Sendable, Hashable {
    /// The finding with string ids, as `scalec score` reports it.
    public var untyped: LevelFinding

    /// The item the level is for.
    public var item: Edition.Item
    /// The level, or nil when the facts fall where the source gives none.
    public var level: Int? { untyped.level }
    /// Why there is no level, when there is none.
    public var noLevelReason: LevelFinding.NoLevelReason? { untyped.noLevelReason }
    /// The steps in order: the computed value, the rule, the threshold hit, caps and floors.
    public var explanation: [ExplanationStep] { untyped.explanation }
    /// The conditions whose caps or floors changed the level.
    public var appliedConditions: [Edition.Condition] { conditions(untyped.appliedCaps.map(\.condition)) }
    /// The conditions the facts did not state, so their caps and floors were not applied.
    public var unstatedConditions: [Edition.Condition] { conditions(untyped.unstatedConditions) }
    /// The level under the source's alternative rule, when the item has one.
    public var alternativeLevel: Int? { untyped.alternativeLevel }

    private func conditions(_ ids: [String]) -> [Edition.Condition] {
        ids.compactMap { Edition.Condition(item: item, id: $0) }
    }
}

extension ScaleItem {
    /// The level of this item from what the evaluator observed, with its explanation.
    ///
    /// Criteria and conditions of another item are errors in the facts.
    public func level(from facts: EditionFacts<Edition>) throws(FactsError) -> EditionFinding<Edition> {
        try facts.check(for: self)
        let finding = try Self.edition.level(for: rawValue, from: facts.untyped)
        return EditionFinding(untyped: finding, item: self)
    }
}
