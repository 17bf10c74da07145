/// How an item of one edition relates to an item of another (close to FHIR ConceptMap's
/// equivalence codes), ordered from strongest to weakest.
public enum RelationKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Same construct, same thresholds, same words up to translation.
    case identical
    /// Same construct and thresholds; the wording differs.
    case reworded
    /// Same construct, levels redefined: scores map through a level map.
    case rescaled
    /// The construct changed locally: comparable only through a level map marked approximate.
    case adapted
    /// No counterpart.
    case none

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// `identical < reworded < … < none`: the larger is the weaker.
    public static func < (lhs: RelationKind, rhs: RelationKind) -> Bool { lhs.rank < rhs.rank }
}
