/// A whole scale: its editions in order, oldest first.
public struct ScaleDefinition: Sendable, Hashable {
    public var id: String
    public var editions: [EditionDefinition]

    public init(id: String, editions: [EditionDefinition]) {
        self.id = id
        self.editions = editions
    }

    /// The edition with this id, if the scale has it.
    public func edition(_ id: String) -> EditionDefinition? { editions.first { $0.id == id } }
}
