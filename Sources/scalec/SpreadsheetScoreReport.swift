import ArgumentParser
import ScaleCompiler

/// Every review of a spreadsheet scored, as the CLI prints it: text, JSON, or CSV with one row
/// per review.
struct SpreadsheetScoreReport: Encodable {
    /// One scored review and the row it came from.
    struct Row: Encodable {
        /// The spreadsheet row (nil for a single score file).
        var row: Int?
        var score: ScoreReportDocument
    }

    var edition: String
    var language: String
    var reviews: [Row]
    private let reports: [ScoreReport]
    private let sections: [String]
    /// The input's separator and byte order mark, which the CSV output repeats.
    private let separator: Character
    private let byteOrderMark: Bool

    init(
        _ scored: [(row: Int?, report: ScoreReport)], edition: EditionDefinition, language: LanguageTag, separator: Character = ",",
        byteOrderMark: Bool = false
    ) {
        self.edition = edition.id
        self.language = language.rawValue
        reviews = scored.map { Row(row: $0.row, score: $0.report.document) }
        reports = scored.map(\.report)
        sections = edition.sections.map(\.id)
        self.separator = separator
        self.byteOrderMark = byteOrderMark
    }

    private enum CodingKeys: String, CodingKey {
        case edition, language, reviews
    }

    /// Scores every review of a sheet; a review the runtime refuses fails the command with its row.
    static func score(
        _ sheet: ReviewSpreadsheet, path: String, edition: EditionDefinition, language: LanguageTag, missing: MissingDataView
    ) throws -> SpreadsheetScoreReport {
        var scored: [(row: Int?, report: ScoreReport)] = []
        for review in sheet.reviews {
            do {
                let result = try edition.score(review.scores, missing: missing)
                scored.append(
                    (review.row, ScoreReport(result: result, edition: edition, language: language, metadata: review.metadata, missingView: missing)))
            } catch {
                Console.error("\(SourceLocation(file: path, line: review.row, column: 1).description): error: \(error)\n")
                throw ExitCode.failure
            }
        }
        return SpreadsheetScoreReport(
            scored, edition: edition, language: language, separator: sheet.delimiter, byteOrderMark: sheet.hasByteOrderMark)
    }

    var text: String {
        zip(reviews, reports).map { row, report in
            let heading = row.row.map { "Row \($0)" } ?? "Review"
            return heading + "\n" + report.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// One row per review: its metadata, total, section subtotals, band and missing items.
    var csv: String {
        var header: [CSVOutput.Cell] = ["row", "service", "reviewed", "note", "total", "complete"].map { .text($0) }
        header += sections.map { .text($0) }
        header += ["band", "band-label", "missing"].map { .text($0) }
        var out = (byteOrderMark ? "\u{FEFF}" : "") + CSVOutput.line(header, separator: separator)
        for row in reviews {
            let score = row.score
            var cells: [CSVOutput.Cell] = [row.row.map { .number($0) } ?? .text("")]
            cells += ReviewSpreadsheetReader.metadataColumns.map { .text(score.metadata[$0] ?? "") }
            cells += [.number(score.total), .text(score.complete ? "yes" : "no")]
            cells += sections.map { id in score.sections.first { $0.id == id }.map { .number($0.total) } ?? .text("") }
            cells += [.text(score.band?.id ?? ""), .text(score.band.map { $0.label ?? $0.id } ?? ""), .text(score.missing.joined(separator: " "))]
            out += CSVOutput.line(cells, separator: separator)
        }
        return out
    }
}
