/// The thresholds of a measured item: which values of its quantity give which level.
public struct Measure: Sendable, Hashable {
    /// Whether values are whole numbers (a count, a whole percent) or may have decimals.
    public enum Values: String, Sendable, Hashable, CaseIterable { case integer, decimal }
    /// How values from several specialists or clients are combined into one.
    public enum Aggregation: String, Sendable, Hashable, CaseIterable { case mean, median, sum, single }
    /// How a `count` of `of` becomes a value: a plain ratio (clients per full-time specialist) or
    /// a percentage (competitive jobs of all jobs).
    public enum Quotient: String, Sendable, Hashable, CaseIterable { case ratio, percent }
    /// How a combined value is rounded before the thresholds apply.
    public enum Rounding: String, Sendable, Hashable, CaseIterable { case none, nearest, down, up }

    /// A level and the values that give it.
    public struct LevelRange: Sendable, Hashable {
        public var level: Int
        public var interval: Interval
        public init(level: Int, interval: Interval) {
            self.level = level
            self.interval = interval
        }
    }

    /// A gap or overlap between levels that the source really has, with the reason.
    public struct Declared: Sendable, Hashable {
        public var interval: Interval
        public var note: String
        public init(interval: Interval, note: String) {
            self.interval = interval
            self.note = note
        }
    }

    /// An id naming the quantity (`clients-per-specialist`, `percent-of-time`).
    public var unit: String
    public var values: Values
    public var aggregation: Aggregation?
    public var rounding: Rounding
    /// How `count`/`of` facts become a value; nil when the item takes no such facts.
    public var quotient: Quotient?
    /// For list facts (job types, employers): the value is the percentage of list entries that
    /// count, each distinct entry counting at most this many times. Nil when the item takes none.
    public var maxPerLabel: Int?
    /// A second rule the source also gives; results under it are always reported beside.
    public var alternative: Alternative?
    /// The values that exist (0–100 for a percentage); values in it that no level covers must be
    /// declared gaps.
    public var domain: Interval?
    /// One range per level, in level order.
    public var levels: [LevelRange]
    public var gaps: [Declared]
    public var overlaps: [Declared]

    public init(
        unit: String, values: Values, aggregation: Aggregation?, rounding: Rounding, quotient: Quotient? = nil,
        maxPerLabel: Int? = nil, alternative: Alternative? = nil, domain: Interval? = nil, levels: [LevelRange],
        gaps: [Declared], overlaps: [Declared]
    ) {
        self.unit = unit
        self.values = values
        self.aggregation = aggregation
        self.rounding = rounding
        self.quotient = quotient
        self.maxPerLabel = maxPerLabel
        self.alternative = alternative
        self.domain = domain
        self.levels = levels
        self.gaps = gaps
        self.overlaps = overlaps
    }
}
