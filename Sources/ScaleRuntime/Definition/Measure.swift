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
        /// Not rounded: the level whose anchor (threshold interval) is nearest decides; ties go by
        /// ``Measure/TieRule``.
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
        /// The rule in the source's words, with its citation.
        public var note: String
        /// A sample-size rule, as the structure file declares it.
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
        /// Which number of a count/of is counted.
        public var counted: Counted
        /// The fewest counted cases for which the share decides the level.
        public var atLeast: Int
        /// The level fewer counted cases score.
        public var level: Int
        /// The rule in the source's words, with its citation.
        public var note: String
        /// A minimum-count rule, as the structure file declares it.
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
        /// The level the route gives.
        public var level: Int
        /// The route applies when fewer than this many clients seek work.
        public var jobSeekersBelow: Int
        /// The value needed per job seeker.
        public var perJobSeeker: Double
        /// The rule in the source's words, with its citation.
        public var note: String
        /// A small-caseload route, as the structure file declares it.
        public init(level: Int, jobSeekersBelow: Int, perJobSeeker: Double, note: String) {
            self.level = level
            self.jobSeekersBelow = jobSeekersBelow
            self.perJobSeeker = perJobSeeker
            self.note = note
        }
    }

    /// A level and the values that give it.
    public struct LevelRange: Sendable, Hashable {
        /// The level.
        public var level: Int
        /// The values that give it.
        public var interval: Interval
        /// The values `interval` give `level`.
        public init(level: Int, interval: Interval) {
            self.level = level
            self.interval = interval
        }
    }

    /// A gap or overlap between levels that the source really has, with the reason.
    public struct Declared: Sendable, Hashable {
        /// The values in the gap or overlap.
        public var interval: Interval
        /// Why the source has it, with its citation.
        public var note: String
        /// A gap or overlap with its reason.
        public init(interval: Interval, note: String) {
            self.interval = interval
            self.note = note
        }
    }

    /// An id naming the quantity (`clients-per-specialist`, `percent-of-time`).
    public var unit: String
    /// Whether the values are whole numbers or may have decimals.
    public var values: Values
    /// How several values are combined into one; nil when the item takes one value (as `single`).
    public var aggregation: Aggregation?
    /// How the combined value is rounded before the thresholds apply.
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
    /// Gaps between levels the source really has: a value in one gets no level, with the note.
    public var gaps: [Declared]
    /// Overlaps of levels the source really has: a value in one gets no level, with the note.
    public var overlaps: [Declared]

    /// A measure from its parts. Generated code calls this.
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
