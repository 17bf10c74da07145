/// An evaluators' spreadsheet of reviews, read and checked against one edition.
public struct ReviewSpreadsheet: Sendable {
    /// One row: one review.
    public struct Review: Sendable {
        /// The spreadsheet row (the header is row 1).
        public var row: Int
        /// `service`, `reviewed` and `note` where the sheet has those columns and the cell is filled.
        public var metadata: [String: String]
        /// Levels by item id; an empty cell is a missing item and has no entry.
        public var scores: [String: Int]
        /// Where the row's `service` cell is, for messages about pairing.
        public var serviceLocation: SourceLocation?
    }

    /// The separator the file uses (`,` or `;`).
    public var delimiter: Character
    /// Whether the file started with a UTF-8 byte order mark.
    public var hasByteOrderMark: Bool
    /// The reviews in row order; blank rows are skipped.
    public var reviews: [Review]
}
