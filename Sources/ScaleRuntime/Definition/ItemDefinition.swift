/// One item of an edition: its stable id, its printed number, and how it is scored.
public struct ItemDefinition: Sendable, Hashable {
    /// The stable slug (`caseload-size`); never a position or text.
    public var id: String
    /// The number the edition prints for the item (within its section or across the scale).
    public var number: Int
    /// The id of the section the item is in.
    public var sectionID: String
    /// How the item's level is found: rated, measured or by criteria.
    public var kind: ItemKind
    /// Data-source codes (MIS, DOC, INT, OBS, ISP) the item is rated from.
    public var dataSources: [String]
    /// Conditions that limit the level when not met.
    public var caps: [LevelCap]
    /// How per-specialist levels combine into one, for items rated per specialist.
    public var combination: Combination?

    /// An item from its parts. Generated code calls this.
    public init(
        id: String, number: Int, sectionID: String, kind: ItemKind, dataSources: [String], caps: [LevelCap] = [],
        combination: Combination? = nil
    ) {
        self.id = id
        self.number = number
        self.sectionID = sectionID
        self.kind = kind
        self.dataSources = dataSources
        self.caps = caps
        self.combination = combination
    }
}

/// How an item's level is found.
public enum ItemKind: Sendable, Hashable {
    /// Levels described by anchor text only.
    case rated
    /// A quantity with numeric thresholds per level.
    case measured(Measure)
    /// A list of criteria; the number met maps to a level.
    case criteria(CriteriaRule)

    /// `rated`, `measured` or `criteria`, as the source format spells it.
    public var name: String {
        switch self {
        case .rated: "rated"
        case .measured: "measured"
        case .criteria: "criteria"
        }
    }
}

extension ItemDefinition {
    /// True when the item is scored by criteria and `id` is one of them.
    public func hasCriterion(_ id: String) -> Bool {
        if case .criteria(let rule) = kind { rule.criteria.contains(id) } else { false }
    }

    /// True when one of the item's caps or floors has the condition `id`.
    public func hasCondition(_ id: String) -> Bool { caps.contains { $0.condition == id } }
}
