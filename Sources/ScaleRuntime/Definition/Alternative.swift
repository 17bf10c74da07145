/// A second aggregation or rounding rule that a source also gives for an item (e.g. the nb
/// handbook's "round down" box beside a definition that says "nearest").
///
/// The edition's chosen rule decides the level; the alternative's level is always computed and
/// reported beside it, so nobody has to redo the arithmetic to see whether the choice mattered.
public struct Alternative: Sendable, Hashable {
    /// The other aggregation, when the source gives one; nil keeps the item's own.
    public var aggregation: Measure.Aggregation?
    /// The other rounding, when the source gives one; nil keeps the item's own.
    public var rounding: Measure.Rounding?
    /// Where the source gives this rule and why it is not the chosen one.
    public var note: String

    /// An alternative rule: another aggregation, another rounding or both, with where the source gives it.
    public init(aggregation: Measure.Aggregation? = nil, rounding: Measure.Rounding? = nil, note: String) {
        self.aggregation = aggregation
        self.rounding = rounding
        self.note = note
    }
}
