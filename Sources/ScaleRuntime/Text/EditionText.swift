/// All text of one edition in one language, keyed by the structure's ids.
public struct EditionText: Sendable, Hashable {
    /// The language of the text.
    public var language: LanguageTag
    /// The edition's title in this language (`IPS-kvalitetsskala`).
    public var title: String?
    /// Section titles by section id.
    public var sections: [String: String]
    /// Item texts by item id.
    public var items: [String: ItemText]
    /// Band labels by band id.
    public var bands: [String: String]
    /// Data-source names by code (`MIS`).
    public var dataSources: [String: String]
    /// Parts this language deliberately lacks (the source has no such text), as declared.
    public var absent: Set<TextPart>
    /// Why those parts are absent, for readers of coverage reports.
    public var absentNote: String?
    /// What the scale points mean, as the handbook says (003:506–508, 835–837; sv 001:21–22).
    public var scalePoints: [String]
    /// The terms items' scoring depends on, in the glossary's order.
    public var glossary: [GlossaryTerm]

    /// The text of one language. Generated code calls this.
    public init(
        language: LanguageTag, title: String?, sections: [String: String], items: [String: ItemText],
        bands: [String: String], dataSources: [String: String], absent: Set<TextPart> = [], absentNote: String? = nil,
        scalePoints: [String] = [], glossary: [GlossaryTerm] = []
    ) {
        self.scalePoints = scalePoints
        self.glossary = glossary
        self.language = language
        self.title = title
        self.sections = sections
        self.items = items
        self.bands = bands
        self.dataSources = dataSources
        self.absent = absent
        self.absentNote = absentNote
    }
}

/// A kind of text a language may declare absent.
public enum TextPart: String, Sendable, Hashable, CaseIterable, Codable {
    case title, definitions, levels, criteria, bands, sections
    /// The names of the data sources (`data-sources` in YAML).
    case dataSources = "data-sources"
}

/// A heading and its interview questions ("Eksempler på spørsmål til jobbspesialister").
public struct QuestionGroup: Sendable, Hashable {
    /// The heading, verbatim.
    public var heading: String
    /// The questions, in the source's order.
    public var questions: [String]

    /// A heading and its questions.
    public init(heading: String, questions: [String]) {
        self.heading = heading
        self.questions = questions
    }
}

/// The text of one item in one language.
public struct ItemText: Sendable, Hashable {
    /// The item's title.
    public var title: String?
    /// The item's definition.
    public var definition: String?
    /// Anchor text per level.
    public var levels: [Int: String]
    /// Text per criterion id, for criteria items.
    public var criteria: [String: String]
    /// Where evaluators find the information ("Mulige kilder til informasjon").
    public var informationSources: [String]
    /// The manual's explanation, one paragraph per element.
    public var guidance: [String]
    /// Worked examples, one paragraph per element.
    public var examples: [String]
    /// How to compute the score ("Slik beregner du skåren"), one paragraph per element.
    public var scoring: [String]
    /// Interview questions, grouped under their headings.
    public var interviewQuestions: [QuestionGroup]
    /// The edition's own remark on the item (e.g. how it was adapted).
    public var note: String?
    /// Parts this item's text deliberately lacks, beyond the file's.
    public var absent: Set<TextPart>

    /// The text of one item. Generated code calls this.
    public init(
        title: String?, definition: String?, levels: [Int: String] = [:], criteria: [String: String] = [:],
        informationSources: [String] = [], guidance: [String] = [], examples: [String] = [], scoring: [String] = [],
        interviewQuestions: [QuestionGroup] = [], note: String? = nil, absent: Set<TextPart> = []
    ) {
        self.title = title
        self.definition = definition
        self.levels = levels
        self.criteria = criteria
        self.informationSources = informationSources
        self.guidance = guidance
        self.examples = examples
        self.scoring = scoring
        self.interviewQuestions = interviewQuestions
        self.note = note
        self.absent = absent
    }
}
