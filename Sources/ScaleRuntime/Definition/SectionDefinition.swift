/// A section of an edition (e.g. staffing) and its items in order.
public struct SectionDefinition: Sendable, Hashable {
    /// The stable id (`staffing`), as the structure file writes it.
    public var id: String
    /// The section's items in scale order.
    public var items: [ItemDefinition]

    /// A section from its id and its items.
    public init(id: String, items: [ItemDefinition]) {
        self.id = id
        self.items = items
    }
}
