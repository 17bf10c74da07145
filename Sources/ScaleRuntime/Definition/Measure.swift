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
    ///
    /// `nearest-anchor` is the 2008 scale's «bruk den skåren som kommer nærmest på
    /// kvalitetsskalaen»: the value is not rounded; it gets the level whose anchor (threshold
    /// interval) is nearest, so no value falls between anchors without a level. Ties go by
    /// ``TieRule``.
    public enum Rounding: String, Sendable, Hashable, CaseIterable {
        case none, nearest, down, up
        case nearestAnchor = "nearest-anchor"
    }

    /// Which level a value exactly halfway between two anchors gets under `nearest-anchor`.
    public enum TieRule: String, Sendable, Hashable, CaseIterable {
        /// The lower level (the conservative reading; the 2008 chapters' «Rund alltid ned»).
        case lower
        /// The higher level.
        case higher
        /// No level (`none` in YAML): the source states no rule, so the evaluator decides from
        /// the anchor texts.
        case noLevel = "none"
    }

    /// The 2008 chapters' sample-size rule: fewer list entries than needed scores `level`
    /// («færre enn fem jobber med én jobbspesialist, eller færre enn ti med to eller flere»).
    public struct MinimumSample: Sendable, Hashable {
        /// Entries needed when the service has one specialist.
        public var withOneSpecialist: Int
        /// Entries needed with two or more specialists.
        public var withSeveralSpecialists: Int
        /// The level a too-small sample scores.
        public var level: Int
        public var note: String
        public init(withOneSpecialist: Int, withSeveralSpecialists: Int, level: Int, note: String) {
            self.withOneSpecialist = withOneSpecialist
            self.withSeveralSpecialists = withSeveralSpecialists
            self.level = level
            self.note = note
        }

        /// The entries needed for `specialists` specialists.
        public func required(specialists: Int) -> Int { specialists <= 1 ? withOneSpecialist : withSeveralSpecialists }
    }

    /// Too few counted cases score `level`, whatever the share: 2008's competitive jobs «ELLER
    /// det er for tiden færre enn ti slike jobber» counts the competitive jobs (the `count` of a
    /// count/of); fi-2026's «antalet klienter som fått sysselsättning … är färre än 10» counts
    /// the employed clients (the `of`).
    public struct MinimumCount: Sendable, Hashable {
        /// Which number of a count/of is counted.
        public enum Counted: String, Sendable, Hashable, CaseIterable { case count, of }
        public var counted: Counted
        public var atLeast: Int
        public var level: Int
        public var note: String
        public init(counted: Counted, atLeast: Int, level: Int, note: String) {
            self.counted = counted
            self.atLeast = atLeast
            self.level = level
            self.note = note
        }
    }

    /// A second way to a level for a small caseload: the 2008 scale's level 5 of job development
    /// «to møter med arbeidsgivere multiplisert med antall personer som leter etter arbeid, når
    /// det er færre enn tre personer som søker jobb» (003:11073–11077; fi-2026 000:282).
    public struct SmallCaseloadRoute: Sendable, Hashable {
        public var level: Int
        /// The route applies when fewer than this many clients seek work.
        public var jobSeekersBelow: Int
        /// The value needed per job seeker.
        public var perJobSeeker: Double
        public var note: String
        public init(level: Int, jobSeekersBelow: Int, perJobSeeker: Double, note: String) {
            self.level = level
            self.jobSeekersBelow = jobSeekersBelow
            self.perJobSeeker = perJobSeeker
            self.note = note
        }
    }

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
    /// How ties are decided under `nearest-anchor` rounding (nil for other roundings).
    public var ties: TieRule?
    /// The sample-size rule for list facts, if the source states one.
    public var minimumSample: MinimumSample?
    /// A second route to a level for small caseloads, if the source states one.
    public var smallCaseloadRoute: SmallCaseloadRoute?
    /// The minimum number of counted cases, if the source states one.
    public var minimumCount: MinimumCount?
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
        gaps: [Declared], overlaps: [Declared], ties: TieRule? = nil, minimumSample: MinimumSample? = nil,
        smallCaseloadRoute: SmallCaseloadRoute? = nil, minimumCount: MinimumCount? = nil
    ) {
        self.minimumCount = minimumCount
        self.ties = ties
        self.minimumSample = minimumSample
        self.smallCaseloadRoute = smallCaseloadRoute
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
