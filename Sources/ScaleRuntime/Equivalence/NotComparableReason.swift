/// Why an item's scores cannot be compared across two editions, as data: an app shows it in its
/// own language from the cases' values; ``description`` says it in English. `note` is the
/// relation's own text from the scale.
public enum NotComparableReason: Error, Sendable, Hashable, CustomStringConvertible {
    /// No relations connect the two editions at all.
    case editionsNotConnected(from: String, to: String)
    /// No relation is declared for the item between two editions on the chain.
    case noRelation(item: String, from: String, to: String)
    /// The relation says the item has no counterpart in the next edition.
    case noCounterpart(item: String, from: String, to: String, note: String)
    /// The item was adapted: changed so much that its scores do not compare.
    case adapted(note: String)
    /// The relation changes the levels but gives no level map.
    case noLevelMap(kind: RelationKind, note: String)
    /// A level map followed backwards that is not one-to-one.
    case mapNotInvertible(item: String, from: String, to: String)

    /// The reason in English, as `scalec compare` prints it.
    public var description: String {
        switch self {
        case .editionsNotConnected(let from, let to): "no relations connect \(from) and \(to)"
        case .noRelation(let item, let from, let to): "no relation is declared for '\(item)' between \(from) and \(to)"
        case .noCounterpart(let item, let from, let to, let note): "'\(item)' of \(from) has no counterpart in \(to): \(note)"
        case .adapted(let note): "adapted, not comparable: \(note)"
        case .noLevelMap(let kind, let note): "\(kind.rawValue) without a level map: \(note)"
        case .mapNotInvertible(let item, let from, let to):
            "the level map of '\(item)' is not one-to-one, so it cannot be followed from \(to) back to \(from)"
        }
    }
}
