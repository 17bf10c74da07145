import ArgumentParser
import Foundation
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
            """)

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(help: "The edition the scores are on (default: the file's 'edition:', or the only edition).")
    var edition: String?

    @Option(help: "The language of titles and band labels (default: the edition's source language).")
    var language: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    @Option(help: "strict (missing items listed, no band) or source (scored as the edition's source says, and listed).")
    var missing: MissingDataView = .strict

    @Argument(help: "The score file (.yaml, .yml or .json).")
    var scoreFile: String

    func run() throws {
        let (scale, _) = try CompiledScale.load(scaleDirectory)
        let (chosen, sheet) = try ScoreFileLoading.load(scoreFile, edition: edition, in: scale)
        let language = try CompiledScale.language(language, in: chosen)
        let result = try ScoreFileLoading.score(sheet, on: chosen, missing: missing)
        let report = ScoreReport(
            result: result, edition: chosen, language: language, metadata: sheet.metadata, findings: sheet.findings,
            missingView: missing)
        switch format {
        case .text: Console.out(report.text)
        case .json: Console.out(JSONOutput.encode(report))
        }
    }
}
