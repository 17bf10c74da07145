/// A scored review as `scalec score --format json` writes it: an app decodes the CLI's output
/// with this type (and the CLI encodes with it, so the two cannot drift).
public struct ScoreReportDocument: Sendable, Hashable, Codable {
    /// A band with its label in the report's language.
    public struct Band: Sendable, Hashable, Codable {
        public var id: String
        public var label: String?
        public var min: Int
        public var max: Int
        public init(id: String, label: String?, min: Int, max: Int) {
            self.id = id
            self.label = label
            self.min = min
            self.max = max
        }
    }

    /// A level computed from facts, and how.
    public struct Finding: Sendable, Hashable, Codable {
        public var item: String
        public var level: Int?
        public var value: Double?
        public var roundedValue: Double?
        public var noLevel: String?
        public var alternativeLevel: Int?
        public var unstatedConditions: [String]
        public var explanation: [String]
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
        public var id: String
        public var title: String?
        public var total: Int
        public var scoredItems: Int
        public var items: Int
        public init(id: String, title: String?, total: Int, scoredItems: Int, items: Int) {
            self.id = id
            self.title = title
            self.total = total
            self.scoredItems = scoredItems
            self.items = items
        }
    }

    public var edition: String
    public var language: String
    /// `service`, `reviewed`, `note` from the review.
    public var metadata: [String: String]
    public var total: Int
    public var complete: Bool
    /// The lowest and highest total the complete sheet could reach.
    public var possibleTotal: [Int]
    public var sections: [Section]
    public var band: Band?
    public var possibleBands: [Band]
    public var missing: [String]
    /// `strict` or `source`: how missing items were treated.
    public var missingView: String
    /// Items scored by the edition's missing-data policy (only with `--missing source`).
    public var imputed: [String]
    /// The policy in force and its source, when there is one.
    public var missingDataPolicy: String?
    public var findings: [Finding]

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
