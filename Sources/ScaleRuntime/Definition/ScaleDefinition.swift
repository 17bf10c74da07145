/// A whole scale: its editions in order, oldest first.
public struct ScaleDefinition: Sendable, Hashable {
    public var id: String
    public var editions: [EditionDefinition]
    /// Item relations between editions, as declared.
    public var relations: [ItemRelation]

    public init(id: String, editions: [EditionDefinition], relations: [ItemRelation] = []) {
        self.id = id
        self.editions = editions
        self.relations = relations
    }

    /// The edition with this id, if the scale has it.
    public func edition(_ id: String) -> EditionDefinition? { editions.first { $0.id == id } }
}
