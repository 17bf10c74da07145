/// Why a score cannot be recorded.
public enum ScoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The edition has no item with this id.
    case unknownItem(String, edition: String)
    /// The score lies outside the edition's level range.
    case levelOutOfRange(item: String, score: Int, range: ClosedRange<Int>)

    /// The error in English, as `scalec score` prints it.
    public var description: String {
        switch self {
        case .unknownItem(let id, let edition):
            "edition '\(edition)' has no item '\(id)'"
        case .levelOutOfRange(let item, let score, let range):
            "score \(score) for '\(item)' is outside the levels \(range.lowerBound)–\(range.upperBound)"
        }
    }
}
