/// A condition beyond an item's number that limits its level when it is not met (e.g. level 5 of
/// rapid job search also needs the service to record employer contacts: without it, at most 4).
public struct LevelCap: Sendable, Hashable {
    /// The condition's id, as score files name it under `conditions:`.
    public var condition: String
    /// The highest level the item can reach when the condition is not met.
    public var maxLevel: Int
    public var note: String

    public init(condition: String, maxLevel: Int, note: String) {
        self.condition = condition
        self.maxLevel = maxLevel
        self.note = note
    }
}
