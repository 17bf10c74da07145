/// One declared relation between an item of one edition and an item of another.
public struct ItemRelation: Sendable, Hashable {
    /// The edition the relation leads from.
    public var fromEdition: String
    /// Nil for a `none` relation declared from the other side (an item new in `toEdition`).
    public var fromItem: String?
    /// The edition the relation leads to.
    public var toEdition: String
    /// Nil for a `none` relation (the item has no counterpart).
    public var toItem: String?
    /// How the two items relate.
    public var kind: RelationKind
    /// Level of `fromItem` → level of `toItem`, total over the source levels. Nil when the levels
    /// carry over unchanged (identical, reworded) or the items are not comparable.
    public var levelMap: [Int: Int]?
    /// The level map is a judgement, not a fact of the sources (required for `adapted`).
    public var approximate: Bool
    /// Why, for humans.
    public var note: String
    /// The source passages behind the judgement (`003:9739–9763`).
    public var sources: [String]

    /// A relation from its parts. Generated code calls this, from `relations/<from>--<to>.yaml`.
    public init(
        fromEdition: String, fromItem: String?, toEdition: String, toItem: String?, kind: RelationKind,
        levelMap: [Int: Int]? = nil, approximate: Bool = false, note: String, sources: [String] = []
    ) {
        self.fromEdition = fromEdition
        self.fromItem = fromItem
        self.toEdition = toEdition
        self.toItem = toItem
        self.kind = kind
        self.levelMap = levelMap
        self.approximate = approximate
        self.note = note
        self.sources = sources
    }

    /// Whether scores of the two items can be compared, and through which levels.
    public var isComparable: Bool {
        switch kind {
        case .identical, .reworded: true
        case .rescaled: levelMap != nil
        case .adapted: levelMap != nil && approximate
        case .none: false
        }
    }
}
