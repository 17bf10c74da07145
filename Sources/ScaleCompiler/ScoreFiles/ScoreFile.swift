/// A score file as read: which edition it claims and the scores by item id.
public struct ScoreFile: Sendable {
    /// The edition the file names under `edition:`, if any.
    public var edition: Located<String>?
    /// Free-text metadata (`service:`, `reviewed:`, `note:`), for reports.
    public var metadata: [String: String]
    /// Scores by item id, checked against the edition.
    public var scores: [String: Int]
}
