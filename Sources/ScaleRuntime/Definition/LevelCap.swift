/// A condition beyond an item's number that bounds its level, as the handbooks state it:
///
/// - a **cap** ("no higher than N if …"): when the condition is *not* met, the level is at most
///   `maxLevel` (rapid job search without recorded employer contacts: at most 4);
/// - a **floor** ("at least N when …"): when the condition *is* met, the level is at least
///   `minLevel` (a disclosure form used with every client: at least 3).
///
/// Both apply to every kind of item: an evaluator's own level for a rated item is checked
/// against them too.
public struct LevelCap: Sendable, Hashable {
    /// The condition's id, as score files name it under `conditions:`.
    public var condition: String
    /// The highest level the item can reach when the condition is not met (a cap).
    public var maxLevel: Int?
    /// The lowest level the item has when the condition is met (a floor).
    public var minLevel: Int?
    /// The rule in the source's words, with its citation.
    public var note: String

    /// A cap: at most `maxLevel` unless the condition is met.
    public init(condition: String, maxLevel: Int, note: String) {
        self.condition = condition
        self.maxLevel = maxLevel
        self.minLevel = nil
        self.note = note
    }

    /// A floor: at least `minLevel` when the condition is met.
    public init(condition: String, minLevel: Int, note: String) {
        self.condition = condition
        self.maxLevel = nil
        self.minLevel = minLevel
        self.note = note
    }

    /// Whether this is a floor (else a cap).
    public var isFloor: Bool { minLevel != nil }

    /// The level this rule allows for `level` given whether its condition is met.
    public func bounded(_ level: Int, conditionMet: Bool) -> Int {
        if let maxLevel, !conditionMet { return min(level, maxLevel) }
        if let minLevel, conditionMet { return max(level, minLevel) }
        return level
    }

    /// "at most 4 unless 'employer-contacts-recorded'" or "at least 3 when 'disclosure-form-used'".
    public var summary: String {
        if let maxLevel { return "at most level \(maxLevel) unless '\(condition)' is met" }
        return "at least level \(minLevel ?? 0) when '\(condition)' is met"
    }
}
