/// A second aggregation or rounding rule that a source also gives for an item (e.g. the nb
/// handbook's "round down" box beside a definition that says "nearest").
///
/// The edition's chosen rule decides the level; the alternative's level is always computed and
/// reported beside it, so nobody has to redo the arithmetic to see whether the choice mattered.
public struct Alternative: Sendable, Hashable {
    public var aggregation: Measure.Aggregation?
    public var rounding: Measure.Rounding?
    /// Where the source gives this rule and why it is not the chosen one.
    public var note: String

    public init(aggregation: Measure.Aggregation? = nil, rounding: Measure.Rounding? = nil, note: String) {
        self.aggregation = aggregation
        self.rounding = rounding
        self.note = note
    }
}
