/// A whole scale: its editions in order, oldest first.
public struct ScaleDefinition: Sendable, Hashable {
    /// The scale's id (`ips-fidelity`), from scale.yaml.
    public var id: String
    /// The editions in order, oldest first.
    public var editions: [EditionDefinition]
    /// Item relations between editions, as declared.
    public var relations: [ItemRelation] {
        didSet { relationIndex = RelationIndex(relations) }
    }
    /// Derived from `relations`, rebuilt whenever they change.
    private(set) var relationIndex: RelationIndex

    /// A scale from its editions and the relations between their items.
    public init(id: String, editions: [EditionDefinition], relations: [ItemRelation] = []) {
        self.id = id
        self.editions = editions
        self.relations = relations
        self.relationIndex = RelationIndex(relations)
    }

    /// Two scales are equal when their ids, editions and relations are.
    public static func == (lhs: ScaleDefinition, rhs: ScaleDefinition) -> Bool {
        lhs.id == rhs.id && lhs.editions == rhs.editions && lhs.relations == rhs.relations
    }

    /// Hashes the id, the editions and the relations, the parts `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(editions)
        hasher.combine(relations)
    }

    /// The edition with this id, if the scale has it.
    public func edition(_ id: String) -> EditionDefinition? { editions.first { $0.id == id } }
}
