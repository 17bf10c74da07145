/// All text of one edition in one language, keyed by the structure's ids.
public struct EditionText: Sendable, Hashable {
    public var language: LanguageTag
    public var title: String?
    public var sections: [String: String]
    public var items: [String: ItemText]
    public var bands: [String: String]
    public var dataSources: [String: String]

    public init(
        language: LanguageTag, title: String?, sections: [String: String], items: [String: ItemText],
        bands: [String: String], dataSources: [String: String]
    ) {
        self.language = language
        self.title = title
        self.sections = sections
        self.items = items
        self.bands = bands
        self.dataSources = dataSources
    }
}

/// The text of one item in one language.
public struct ItemText: Sendable, Hashable {
    public var title: String?
    public var definition: String?
    /// Anchor text per level.
    public var levels: [Int: String]
    /// Text per criterion id, for criteria items.
    public var criteria: [String: String]

    public init(title: String?, definition: String?, levels: [Int: String] = [:], criteria: [String: String] = [:]) {
        self.title = title
        self.definition = definition
        self.levels = levels
        self.criteria = criteria
    }
}
