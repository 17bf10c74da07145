/// One edition of a scale: its structure (sections, items, levels, bands) and its texts.
public struct EditionDefinition: Sendable, Hashable {
    /// The edition's id (`2008`, `fi-2026`), as scale.yaml lists it.
    public var id: String
    /// The language the edition was written in; translations are checked against it.
    public var sourceLanguage: LanguageTag
    /// The range every item is scored in (1…5 for the IPS scale).
    public var levels: ClosedRange<Int>
    /// The sections in scale order, each with its items in order.
    public var sections: [SectionDefinition] {
        didSet { itemIndex = Self.index(sections) }
    }
    /// Item id → (section, position), kept in step with `sections`, so lookups are O(1).
    private var itemIndex: [String: ItemPosition] = [:]
    /// The total-score bands, in declaration order.
    public var bands: [BandDefinition]
    /// The data-source codes items cite (MIS, DOC, …), in declaration order.
    public var dataSources: [String]
    /// The text of every language the edition has, source language first. Reading it builds
    /// every language's texts that were not built yet; ``text(in:)`` builds one.
    public var texts: [EditionText] {
        get { textSources.map { $0.load() } }
        set { textSources = newValue.map(TextSource.init(built:)) }
    }
    /// Where each language's texts come from, source language first.
    private var textSources: [TextSource]
    /// Declared fallbacks (`sv-FI` → `sv`), tried before the source language.
    public var fallbacks: [LanguageTag: LanguageTag]
    /// What the source says about items without a score; nil when it says nothing.
    public var missingData: MissingDataPolicy?

    /// An edition from its parts. Generated code calls this; apps use the generated edition's
    /// `definition`.
    public init(
        id: String, sourceLanguage: LanguageTag, levels: ClosedRange<Int>, sections: [SectionDefinition],
        bands: [BandDefinition], dataSources: [String], texts: [EditionText], fallbacks: [LanguageTag: LanguageTag] = [:],
        missingData: MissingDataPolicy? = nil
    ) {
        self.missingData = missingData
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.levels = levels
        self.sections = sections
        self.itemIndex = Self.index(sections)
        self.bands = bands
        self.dataSources = dataSources
        self.textSources = texts.map(TextSource.init(built:))
        self.fallbacks = fallbacks
    }

    /// An edition whose texts are built on first use, one language at a time: generated code
    /// passes each language's `static let`, so a program that reads one language never builds
    /// the others, and one that only scores builds none.
    public init(
        id: String, sourceLanguage: LanguageTag, levels: ClosedRange<Int>, sections: [SectionDefinition],
        bands: [BandDefinition], dataSources: [String], textSources: [TextSource], fallbacks: [LanguageTag: LanguageTag] = [:],
        missingData: MissingDataPolicy? = nil
    ) {
        self.init(
            id: id, sourceLanguage: sourceLanguage, levels: levels, sections: sections, bands: bands, dataSources: dataSources,
            texts: [], fallbacks: fallbacks, missingData: missingData)
        self.textSources = textSources
    }

    /// One language's texts of an edition, as given or built on first use.
    public struct TextSource: Sendable {
        /// The language.
        public let language: LanguageTag
        let load: @Sendable () -> EditionText

        /// Texts built when first asked for: `load` reads a `static let` (Swift initialises it
        /// once, thread-safely), and its language must be `language`.
        public init(language: LanguageTag, load: @escaping @Sendable () -> EditionText) {
            self.language = language
            self.load = load
        }

        init(built text: EditionText) {
            self.init(language: text.language) { text }
        }
    }

    /// The texts of one language, built if they were not yet; nil when the edition has none.
    public func text(in language: LanguageTag) -> EditionText? {
        textSources.first { $0.language == language }?.load()
    }

    /// Every item in scale order.
    public var items: [ItemDefinition] { sections.flatMap(\.items) }

    /// The item with this id.
    public func item(_ id: String) -> ItemDefinition? {
        itemIndex[id].map { sections[$0.section].items[$0.item] }
    }

    private static func index(_ sections: [SectionDefinition]) -> [String: ItemPosition] {
        var index: [String: ItemPosition] = [:]
        // Sized once: growing it by doubling was most of an edition's first access.
        index.reserveCapacity(sections.reduce(0) { $0 + $1.items.count })
        for (sectionIndex, section) in sections.enumerated() {
            for (itemIndex, item) in section.items.enumerated() where index[item.id] == nil {
                index[item.id] = ItemPosition(section: sectionIndex, item: itemIndex)
            }
        }
        return index
    }

    /// The lowest and highest possible totals: every item at the lowest or highest level.
    public var totalRange: ClosedRange<Int> {
        let count = items.count
        return (count * levels.lowerBound)...(count * levels.upperBound)
    }

    /// The band a complete total falls in.
    public func band(forTotal total: Int) -> BandDefinition? { bands.first { $0.range.contains(total) } }

    /// The languages the edition has text in, source language first.
    public var languages: [LanguageTag] { textSources.map(\.language) }

    /// Equal when structure and every text are equal (all languages' texts are built).
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.id == rhs.id && lhs.sourceLanguage == rhs.sourceLanguage && lhs.levels == rhs.levels && lhs.sections == rhs.sections
            && lhs.bands == rhs.bands && lhs.dataSources == rhs.dataSources && lhs.fallbacks == rhs.fallbacks
            && lhs.missingData == rhs.missingData && lhs.languages == rhs.languages && lhs.texts == rhs.texts
    }

    /// Hashes the structure and the languages (not the texts, so hashing builds none).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(sourceLanguage)
        hasher.combine(levels)
        hasher.combine(sections)
        hasher.combine(bands)
        hasher.combine(languages)
    }
}

/// Where an item sits in an edition.
struct ItemPosition: Sendable, Hashable {
    var section: Int
    var item: Int
}
