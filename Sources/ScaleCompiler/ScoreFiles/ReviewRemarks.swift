/// What evaluators write beyond the scores, for reports: the reasons behind an item's score, the
/// service's strengths, their recommendations, and who they are. All optional; nothing here
/// changes a score.
///
/// Notes sit in their own `notes:` mapping (item id → text) rather than inside an item's entry,
/// so an entry keeps one shape (a level, or facts) for every tool that scores, and a plain
/// `caseload-size: 5` need not be rewritten as a mapping to carry a note.
public struct ReviewRemarks: Sendable, Hashable {
    /// The score-file keys that hold remarks.
    public static let keys = ["notes", "strengths", "recommendations", "evaluators"]

    /// The evaluator's reasons per item id.
    public var notes: [String: String]
    /// What the service does well, in the evaluators' words.
    public var strengths: [String]
    /// What the evaluators recommend.
    public var recommendations: [String]
    /// The evaluators' names.
    public var evaluators: [String]

    /// Remarks from their parts; none by default.
    public init(notes: [String: String] = [:], strengths: [String] = [], recommendations: [String] = [], evaluators: [String] = []) {
        self.notes = notes
        self.strengths = strengths
        self.recommendations = recommendations
        self.evaluators = evaluators
    }
}
