/// A section of an edition (e.g. staffing) and its items in order.
public struct SectionDefinition: Sendable, Hashable {
    public var id: String
    public var items: [ItemDefinition]

    public init(id: String, items: [ItemDefinition]) {
        self.id = id
        self.items = items
    }
}
