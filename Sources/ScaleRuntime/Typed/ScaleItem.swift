/// The items of one generated edition: a misspelt item is a compile error.
///
/// Each item is its position in the edition (``ScaleOrdinal/index``), so sheets store scores in
/// arrays, and its stable id (`rawValue`) is looked up by position only at file boundaries.
public protocol ScaleItem: ScaleOrdinal where Edition.Item == Self {}

extension ScaleItem {
    /// The edition these ids belong to, as data.
    public static var edition: EditionDefinition { Edition.definition }

    /// The item's definition in its edition.
    public var definition: ItemDefinition? { Self.edition.item(rawValue) }

    /// The item's title in a language, with the language that served it.
    public func title(in language: Edition.Language) -> TextLookup<String>? {
        Self.edition.itemTitle(rawValue, in: language.tag)
    }
}
