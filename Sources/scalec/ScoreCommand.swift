import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler

/// `scalec score <scale-dir> --edition <id> <file>`: totals, section subtotals and band.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a review: total, section subtotals and band.",
        discussion: """
            The file maps item ids to scores (YAML or JSON), either directly or under `scores:` \
            with an optional `edition:`, `service:`, `reviewed:` and `note:` (and, for `scalec \
            report`, `notes:`, `strengths:`, `recommendations:` and `evaluators:`). An item's score is \
            a level, or the facts it is computed from: `values: [25, 19, 20]`, `value: 21.3`, \
            `count: 9` with `of: 11`, `labels: [...]` (job types, employers), `met: [...]` \
            (criteria), `levels: [4, 3, 5]` (per specialist), each with optional \
            `conditions: {id: true}`. Every computed level is printed with its explanation. \
            Items without a level are listed as missing, never counted as zero.

            A `.csv` file is an evaluators' spreadsheet: a header row of item ids (or item \
            numbers) with optional `service`, `reviewed` and `note` columns, one review per row, \
            an empty cell for a missing item; `,` or `;` separated. Every row is scored; \
            `--format csv` prints one row per review (see the Spreadsheets article).
            """)

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(help: "The edition the scores are on (default: the file's 'edition:', or the only edition).")
    var edition: String?

    @Option(help: "The language of titles and band labels (default: the edition's source language).")
    var language: String?

    @Option(help: "text, json or csv (one row per review).")
    var format: ScoreOutputFormat = .text

    @Option(help: "strict (missing items listed, no band) or source (scored as the edition's source says, and listed).")
    var missing: MissingDataView = .strict

    @Argument(help: "The score file (.yaml, .yml or .json), or a spreadsheet of reviews (.csv).")
    var scoreFile: String

    func run() throws {
        let (scale, _) = try CompiledScale.load(scaleDirectory)
        if SpreadsheetLoading.isSpreadsheet(scoreFile) {
            let chosen = try CompiledScale.edition(edition, in: scale)
            let sheet = try SpreadsheetLoading.load(scoreFile, edition: chosen)
            let language = try CompiledScale.language(language, in: chosen)
            print(try SpreadsheetScoreReport.score(sheet, path: scoreFile, edition: chosen, language: language, missing: missing))
            return
        }
        let (chosen, sheet) = try ScoreFileLoading.load(scoreFile, edition: edition, in: scale)
        let language = try CompiledScale.language(language, in: chosen)
        let result = try ScoreFileLoading.score(sheet, on: chosen, missing: missing)
        let report = ScoreReport(
            result: result, edition: chosen, language: language, metadata: sheet.metadata, findings: sheet.findings,
            missingView: missing)
        switch format {
        case .text: Console.out(report.text)
        case .json: Console.out(JSONOutput.encode(report))
        case .csv: Console.out(SpreadsheetScoreReport([(nil, report)], edition: chosen, language: language).csv)
        }
    }

    private func print(_ report: SpreadsheetScoreReport) {
        switch format {
        case .text: Console.out(report.text)
        case .json: Console.out(JSONOutput.encode(report))
        case .csv: Console.out(report.csv)
        }
    }
}
