/// How an item rated per specialist becomes one level (the nb handbook: "Bestem skåren for hver
/// jobbspesialist … Legg sammen skårene, og del på antallet jobbspesialister. Rund ned").
public struct Combination: Sendable, Hashable {
    public var aggregation: Measure.Aggregation
    public var rounding: Measure.Rounding
    public var alternative: Alternative?
    /// How a mean exactly between two levels is decided under `nearest-anchor`.
    public var ties: Measure.TieRule?

    public init(
        aggregation: Measure.Aggregation, rounding: Measure.Rounding, alternative: Alternative? = nil,
        ties: Measure.TieRule? = nil
    ) {
        self.ties = ties
        self.aggregation = aggregation
        self.rounding = rounding
        self.alternative = alternative
    }
}
