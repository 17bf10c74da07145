/// A score file as read: which edition it claims and the scores by item id.
public struct ScoreFile: Sendable {
    /// The edition the file names under `edition:`, if any.
    public var edition: Located<String>?
    /// Free-text metadata (`service:`, `reviewed:`, `note:`), for reports.
    public var metadata: [String: String]
    /// Levels by item id, given or computed from facts, checked against the edition.
    public var scores: [String: Int]
    /// For items given as facts: the computed level and its explanation (also when the facts
    /// fall where the source gives no level).
    public var findings: [String: LevelFinding]
    /// The facts given per item (not plain levels), for rescoring under another edition.
    public var facts: [String: ItemFacts]
    /// What a report says beyond the scores: notes per item, strengths, recommendations, evaluators.
    public var remarks: ReviewRemarks = ReviewRemarks()
}
