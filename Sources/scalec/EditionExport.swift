import ScaleCompiler

/// An edition with its texts in one language, for tools that are not Swift.
///
/// Documented by `Schemas/edition-export.schema.json`; `schemaVersion` changes when a field's
/// meaning changes.
struct EditionExport: Encodable {
    struct Section: Encodable {
        var id: String
        var title: String?
        var items: [String]
    }

    struct Level: Encodable {
        var level: Int
        var text: String?
    }

    struct Criterion: Encodable {
        var id: String
        var text: String?
    }

    struct Bound: Encodable {
        var value: Double
        var inclusive: Bool
    }

    struct Threshold: Encodable {
        var level: Int
        var lower: Bound?
        var upper: Bound?
    }

    struct DeclaredInterval: Encodable {
        var lower: Bound?
        var upper: Bound?
        var note: String
    }

    struct Measure: Encodable {
        var unit: String
        var values: String
        var aggregation: String?
        var rounding: String
        var ties: String?
        var thresholds: [Threshold]
        var gaps: [DeclaredInterval]
        var overlaps: [DeclaredInterval]
    }

    struct QuestionGroup: Encodable {
        var heading: String
        var questions: [String]
    }

    struct Item: Encodable {
        var id: String
        var number: Int
        var section: String
        var kind: String
        var dataSources: [String]
        var title: String?
        var definition: String?
        var levels: [Level]
        var criteria: [Criterion]?
        var levelsByCount: [Int]?
        var measure: Measure?
        var informationSources: [String]
        var guidance: [String]
        var examples: [String]
        var scoring: [String]
        var interviewQuestions: [QuestionGroup]
        var note: String?
        /// Caps and floors: the level bound when a condition is (not) met, with the source's words.
        var rules: [Rule] = []
    }

    /// A cap (`maxLevel`, applies when the condition is not met) or a floor (`minLevel`, when it is).
    struct Rule: Encodable {
        var condition: String
        var maxLevel: Int?
        var minLevel: Int?
        var note: String
    }

    struct Term: Encodable {
        var id: String
        var term: String
        var definition: String
        var items: [String]
    }

    struct Band: Encodable {
        var id: String
        var min: Int
        var max: Int
        var label: String?
    }

    struct DataSource: Encodable {
        var code: String
        var label: String?
    }

    var schemaVersion = 1
    var scale: String
    var edition: String
    var language: String
    var sourceLanguage: String
    var languages: [String]
    var title: String?
    var levels: [Int]
    var totalRange: [Int]
    var dataSources: [DataSource]
    var sections: [Section]
    var items: [Item]
    var bands: [Band]
    /// Parts of the text this language declares absent, and why.
    var absent: [String]
    var absentNote: String?
    /// What the scale points mean, as the handbook says, in this language.
    var scalePoints: [String]
    /// The glossary terms items' scoring depends on.
    var glossary: [Term]
    /// What the edition's source says about missing data (`lowest-level` or `no-default`), if anything.
    var missingData: String?

    init(scale: ScaleDefinition, edition: EditionDefinition, language: LanguageTag) {
        let text = edition.text(in: language)
        self.scale = scale.id
        self.edition = edition.id
        self.language = language.rawValue
        self.sourceLanguage = edition.sourceLanguage.rawValue
        self.languages = edition.languages.map(\.rawValue)
        self.title = text?.title
        self.levels = [edition.levels.lowerBound, edition.levels.upperBound]
        self.totalRange = [edition.totalRange.lowerBound, edition.totalRange.upperBound]
        self.dataSources = edition.dataSources.map { DataSource(code: $0, label: text?.dataSources[$0]) }
        self.sections = edition.sections.map { Section(id: $0.id, title: text?.sections[$0.id], items: $0.items.map(\.id)) }
        self.items = edition.items.map { Self.item($0, text: text?.items[$0.id], levels: edition.levels) }
        self.absent = (text?.absent ?? []).map(\.rawValue).sorted()
        self.absentNote = text?.absentNote
        self.scalePoints = text?.scalePoints ?? []
        self.glossary = (text?.glossary ?? []).map { Term(id: $0.id, term: $0.term, definition: $0.definition, items: $0.items) }
        self.missingData = edition.missingData.map { "\($0.rule.rawValue): \($0.note)" }
        self.bands = edition.bands.map { Band(id: $0.id, min: $0.range.lowerBound, max: $0.range.upperBound, label: text?.bands[$0.id]) }
    }

    private static func item(_ item: ItemDefinition, text: ItemText?, levels: ClosedRange<Int>) -> Item {
        var result = Item(
            id: item.id, number: item.number, section: item.sectionID, kind: item.kind.name, dataSources: item.dataSources,
            title: text?.title, definition: text?.definition,
            levels: levels.map { Level(level: $0, text: text?.levels[$0]) },
            informationSources: text?.informationSources ?? [], guidance: text?.guidance ?? [],
            examples: text?.examples ?? [], scoring: text?.scoring ?? [],
            interviewQuestions: (text?.interviewQuestions ?? []).map { QuestionGroup(heading: $0.heading, questions: $0.questions) },
            note: text?.note)
        result.rules = item.caps.map { Rule(condition: $0.condition, maxLevel: $0.maxLevel, minLevel: $0.minLevel, note: $0.note) }
        switch item.kind {
        case .rated:
            break
        case .criteria(let rule):
            result.criteria = rule.criteria.map { Criterion(id: $0, text: text?.criteria[$0]) }
            result.levelsByCount = rule.levelsByCount
        case .measured(let measure):
            func bound(_ bound: Interval.Bound?) -> Bound? { bound.map { Bound(value: $0.value, inclusive: $0.inclusive) } }
            func declared(_ value: ScaleCompiler.Measure.Declared) -> DeclaredInterval {
                DeclaredInterval(lower: bound(value.interval.lower), upper: bound(value.interval.upper), note: value.note)
            }
            result.measure = Measure(
                unit: measure.unit, values: measure.values.rawValue, aggregation: measure.aggregation?.rawValue,
                rounding: measure.rounding.rawValue, ties: measure.ties?.rawValue,
                thresholds: measure.levels.map { Threshold(level: $0.level, lower: bound($0.interval.lower), upper: bound($0.interval.upper)) },
                gaps: measure.gaps.map(declared), overlaps: measure.overlaps.map(declared))
        }
        return result
    }
}
