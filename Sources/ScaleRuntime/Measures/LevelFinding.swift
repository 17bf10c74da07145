/// The level computed from an item's facts, with every step that led to it.
public struct LevelFinding: Sendable, Hashable {
    /// Why an item has no level although facts were given.
    public enum NoLevelReason: Sendable, Hashable {
        /// The value lies in a gap the source really has.
        case declaredGap(Interval, note: String)
        /// The value lies where two levels overlap in the source.
        case overlap(levels: [Int], note: String)
        /// No level covers the value (outside the scale's values).
        case uncovered
        /// Under `nearest-anchor`, the value is equally near two levels and the source states no
        /// rule for ties.
        case tie(levels: [Int])
    }

    /// The item's id.
    public var itemID: String
    /// The level, or nil when the facts fall where the source gives none.
    public var level: Int?
    /// Why there is no level, when there is none.
    public var noLevelReason: NoLevelReason?
    /// The combined value before rounding (nil for a level given directly or criteria).
    public var value: Double?
    /// The value the thresholds were applied to.
    public var roundedValue: Double?
    /// The threshold the value met.
    public var threshold: Measure.LevelRange?
    /// Caps that lowered the level.
    public var appliedCaps: [LevelCap]
    /// Conditions the facts did not state, so their caps were not applied.
    public var unstatedConditions: [String]
    /// True when the sample-size rule set the level.
    public var sampleRuleApplied = false
    /// The level under the source's alternative rule, when the item has one.
    public var alternativeLevel: Int?
    /// The source's alternative rule, when the item has one.
    public var alternative: Alternative?
    /// The steps in order, as data (each with an English `description`): the computed value,
    /// the rule, the threshold hit, caps and floors.
    public var explanation: [ExplanationStep]

    /// The steps in English, one line each.
    public var explanationText: [String] { explanation.map(\.description) }

    /// True when the alternative rule gives a different answer than the chosen one.
    public var alternativeDisagrees: Bool { alternative != nil && alternativeLevel != level }
}
