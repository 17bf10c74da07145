/// How an item rated per specialist becomes one level (the nb handbook: "Bestem skåren for hver
/// jobbspesialist … Legg sammen skårene, og del på antallet jobbspesialister. Rund ned").
public struct Combination: Sendable, Hashable {
    /// How the specialists' levels are combined (the nb handbook: the mean).
    public var aggregation: Measure.Aggregation
    /// How the combined value becomes a whole level (the nb handbook: down, «Rund ned»).
    public var rounding: Measure.Rounding
    /// A second rule the source also gives; its level is always reported beside the chosen one.
    public var alternative: Alternative?
    /// How a mean exactly between two levels is decided under `nearest-anchor`.
    public var ties: Measure.TieRule?

    /// A combination rule, as the structure file declares it.
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
