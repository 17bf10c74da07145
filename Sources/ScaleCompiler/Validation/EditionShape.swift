/// A validated edition structure, with the places its ids were declared, for text checks.
struct EditionShape {
    var levels: ClosedRange<Int>
    var levelsLocation: SourceLocation
    var sections: [SectionDefinition]
    var bands: [BandDefinition]
    /// Every band id declared, including bands whose range had errors, for text checks.
    var bandIDs: [String]
    var dataSources: [String]
    var missingData: MissingDataPolicy?

    var itemIDs: [String] { sections.flatMap { $0.items.map(\.id) } }

    func item(_ id: String) -> ItemDefinition? {
        for section in sections { if let item = section.items.first(where: { $0.id == id }) { return item } }
        return nil
    }
}
