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
    /// The text of every language the edition has, source language first.
    public var texts: [EditionText]
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
        self.texts = texts
        self.fallbacks = fallbacks
    }

    /// Every item in scale order.
    public var items: [ItemDefinition] { sections.flatMap(\.items) }

    /// The item with this id.
    public func item(_ id: String) -> ItemDefinition? {
        itemIndex[id].map { sections[$0.section].items[$0.item] }
    }

    private static func index(_ sections: [SectionDefinition]) -> [String: ItemPosition] {
        var index: [String: ItemPosition] = [:]
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
    public var languages: [LanguageTag] { texts.map(\.language) }
}

/// Where an item sits in an edition.
struct ItemPosition: Sendable, Hashable {
    var section: Int
    var item: Int
}
