/// How an item rated per specialist becomes one level (the nb handbook: "Bestem skåren for hver
/// jobbspesialist … Legg sammen skårene, og del på antallet jobbspesialister. Rund ned").
public struct Combination: Sendable, Hashable {
    public var aggregation: Measure.Aggregation
    public var rounding: Measure.Rounding
    public var alternative: Alternative?

    public init(aggregation: Measure.Aggregation, rounding: Measure.Rounding, alternative: Alternative? = nil) {
        self.aggregation = aggregation
        self.rounding = rounding
        self.alternative = alternative
    }
}
