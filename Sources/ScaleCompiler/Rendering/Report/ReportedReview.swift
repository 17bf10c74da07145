/// One review as a report shows it: the edition it is on, the file as read (scores, findings,
/// metadata, remarks) and its result under the chosen view of missing data.
public struct ReportedReview: Sendable {
    /// The edition the review is on.
    public var edition: EditionDefinition
    /// The review file as read.
    public var sheet: ScoreFile
    /// Totals, subtotals and band of the review on its own edition.
    public var result: ScoreResult
    /// How missing items were treated.
    public var missingView: MissingDataView

    /// A review to report; `result` is `edition.score(sheet.scores, missing: missingView)`.
    public init(edition: EditionDefinition, sheet: ScoreFile, result: ScoreResult, missingView: MissingDataView) {
        self.edition = edition
        self.sheet = sheet
        self.result = result
        self.missingView = missingView
    }

    /// The review's service, or nil.
    var service: String? { sheet.metadata["service"] }
    /// The review's date as given, or nil.
    var reviewed: String? { sheet.metadata["reviewed"] }
}
