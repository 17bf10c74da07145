/// A scored review as `scalec score --format json` writes it: an app decodes the CLI's output
/// with this type (and the CLI encodes with it, so the two cannot drift).
public struct ScoreReportDocument: Sendable, Hashable, Codable {
    /// A band with its label in the report's language.
    public struct Band: Sendable, Hashable, Codable {
        /// The band's id.
        public var id: String
        /// The band's label in the report's language (or the language that served it); nil without one.
        public var label: String?
        /// The lowest total in the band.
        public var min: Int
        /// The highest total in the band.
        public var max: Int
        /// A band of the report.
        public init(id: String, label: String?, min: Int, max: Int) {
            self.id = id
            self.label = label
            self.min = min
            self.max = max
        }
    }

    /// A level computed from facts, and how.
    public struct Finding: Sendable, Hashable, Codable {
        /// The item's id.
        public var item: String
        /// The level; nil when the facts give none.
        public var level: Int?
        /// The combined value before rounding, when there is one.
        public var value: Double?
        /// The value the thresholds were applied to.
        public var roundedValue: Double?
        /// Why there is no level, in English, when there is none.
        public var noLevel: String?
        /// The level under the source's other rule, when the item has one.
        public var alternativeLevel: Int?
        /// The conditions the review did not state.
        public var unstatedConditions: [String]
        /// The steps in English, one line each (``LevelFinding/explanationText``).
        public var explanation: [String]
        /// A finding of the report.
        public init(
            item: String, level: Int?, value: Double?, roundedValue: Double?, noLevel: String?, alternativeLevel: Int?,
            unstatedConditions: [String], explanation: [String]
        ) {
            self.item = item
            self.level = level
            self.value = value
            self.roundedValue = roundedValue
            self.noLevel = noLevel
            self.alternativeLevel = alternativeLevel
            self.unstatedConditions = unstatedConditions
            self.explanation = explanation
        }
    }

    /// A section's subtotal with its title in the report's language.
    public struct Section: Sendable, Hashable, Codable {
        /// The section's id.
        public var id: String
        /// The section's title in the report's language (or the language that served it).
        public var title: String?
        /// The sum over the section's scored items.
        public var total: Int
        /// How many of the section's items have a score.
        public var scoredItems: Int
        /// How many items the section has.
        public var items: Int
        /// A section subtotal of the report.
        public init(id: String, title: String?, total: Int, scoredItems: Int, items: Int) {
            self.id = id
            self.title = title
            self.total = total
            self.scoredItems = scoredItems
            self.items = items
        }
    }

    /// The edition's id.
    public var edition: String
    /// The language of the labels and titles (`--language`).
    public var language: String
    /// `service`, `reviewed`, `note` from the review.
    public var metadata: [String: String]
    /// The sum over the scored items.
    public var total: Int
    /// True when every item has a score.
    public var complete: Bool
    /// The lowest and highest total the complete sheet could reach.
    public var possibleTotal: [Int]
    /// The subtotals, in scale order.
    public var sections: [Section]
    /// The band of the total; nil while items are missing.
    public var band: Band?
    /// The bands the complete total could fall in.
    public var possibleBands: [Band]
    /// Ids of the items without a score, in scale order.
    public var missing: [String]
    /// `strict` or `source`: how missing items were treated.
    public var missingView: String
    /// Items scored by the edition's missing-data policy (only with `--missing source`).
    public var imputed: [String]
    /// The policy in force and its source, when there is one.
    public var missingDataPolicy: String?
    /// The levels computed from facts, in scale order.
    public var findings: [Finding]

    /// A report from its parts; `scalec score` makes one from a ``ScoreResult``.
    public init(
        edition: String, language: String, metadata: [String: String], total: Int, complete: Bool, possibleTotal: [Int],
        sections: [Section], band: Band?, possibleBands: [Band], missing: [String], missingView: String, imputed: [String],
        missingDataPolicy: String?, findings: [Finding]
    ) {
        self.edition = edition
        self.language = language
        self.metadata = metadata
        self.total = total
        self.complete = complete
        self.possibleTotal = possibleTotal
        self.sections = sections
        self.band = band
        self.possibleBands = possibleBands
        self.missing = missing
        self.missingView = missingView
        self.imputed = imputed
        self.missingDataPolicy = missingDataPolicy
        self.findings = findings
    }
}
