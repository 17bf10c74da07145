/// The item ids of one edition, as a generated enum: a misspelt item is a compile error.
public protocol ScaleItem: RawRepresentable, Hashable, CaseIterable, Sendable, Codable
where RawValue == String, AllCases: Sendable {
    /// The edition these ids belong to.
    static var edition: EditionDefinition { get }
}

extension ScaleItem {
    /// The item's definition in its edition.
    public var definition: ItemDefinition? { Self.edition.item(rawValue) }
}
