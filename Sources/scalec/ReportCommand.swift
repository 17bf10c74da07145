import ArgumentParser
import ScaleCompiler

/// `scalec report <scale-dir> <review> [<review> …] [-o file]`: an HTML report of one review, or
/// of two or more compared (three or more: with the trend).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML report of a review, or of reviews compared.",
        discussion: """
            With one review: service, date, edition, evaluators, total and band on the band scale, \
            section subtotals, strengths and recommendations, and every item with its score, the \
            anchor text of that score, the evaluators' note and, for levels computed from facts, \
            the explanation; missing items and the missing-data rule in force. With two or more \
            (earliest first): each review with the next as `scalec compare` compares them, with a \
            chart of the change per item; with three or more, the trend too. The page is \
            self-contained (no script, no network) and prints on A4. Review files may carry \
            `notes:` (item id → text), `strengths:`, `recommendations:` and `evaluators:`.
            """)

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Argument(help: "The review file(s) (.yaml, .yml or .json); two or more are compared, earliest first.")
    var reviews: [String]

    @Option(name: [.customShort("o"), .long], help: "The HTML file to write ('-' or none: standard output).")
    var output: String?

    @Option(help: "The language of the page (default: the first review's edition's source language).")
    var language: String?

    @Option(help: "The edition of a review whose file does not name one.")
    var edition: String?

    @Option(help: "strict (missing items listed, no band) or source (scored as the edition's source says, and listed).")
    var missing: MissingDataView = .strict

    func validate() throws {
        guard !reviews.isEmpty else { throw ValidationError("name at least one review file") }
    }

    func run() throws {
        let (scale, _) = try CompiledScale.load(scaleDirectory)
        var reported: [ReportedReview] = []
        for path in reviews {
            let (chosen, sheet) = try ScoreFileLoading.load(path, edition: edition, in: scale)
            let result = try ScoreFileLoading.score(sheet, on: chosen, missing: missing)
            reported.append(ReportedReview(edition: chosen, sheet: sheet, result: result, missingView: missing))
        }
        guard let first = reported.first else { throw ValidationError("name at least one review file") }
        let language = try language.map { try CompiledScale.wellFormedLanguage($0) } ?? first.edition.sourceLanguage
        let html =
            reported.count == 1
            ? ReviewReportPage.render(first, language: language)
            : ComparisonReportPage.render(scale: scale, reviews: reported, language: language)
        try OutputFile.writeUserOutput(html, to: output, protecting: scaleDirectory)
    }
}
