import ArgumentParser
import ScaleCompiler

/// `scalec compare <scale-dir> <sheet-a> <sheet-b>`: two reviews, possibly on different editions.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two reviews item by item, across editions.",
        discussion: """
            Each review is a score file (see `scalec score`), usually naming its edition. Items are \
            matched through the scale's relations; the report lists the comparable items with both \
            scores, A's score on B's levels and the change, every item that is not comparable \
            with the reason, totals over the comparable items, and a verdict. Facts given for a \
            measured item are also rescored under the other edition's rules.

            Two spreadsheets (`.csv`, see `scalec score`) are compared review by review: rows \
            with the same `service` are paired, and the reviews without a counterpart are listed.
            """)

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Argument(help: "The first (usually earlier) review.")
    var sheetA: String

    @Argument(help: "The second review.")
    var sheetB: String

    @Option(help: "The edition of the first review, when its file does not name one.")
    var editionA: String?

    @Option(help: "The edition of the second review, when its file does not name one.")
    var editionB: String?

    @Option(help: "The language of titles (falls back to each edition's source language, and says so).")
    var language: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let (scale, _) = try CompiledScale.load(scaleDirectory)
        switch (SpreadsheetLoading.isSpreadsheet(sheetA), SpreadsheetLoading.isSpreadsheet(sheetB)) {
        case (true, true): return try compareSpreadsheets(scale)
        case (false, false): break
        default: throw ValidationError("compare two score files or two spreadsheets (.csv), not one of each")
        }
        let (editionA, a) = try ScoreFileLoading.load(sheetA, edition: editionA, option: "--edition-a", in: scale)
        let (editionB, b) = try ScoreFileLoading.load(sheetB, edition: editionB, option: "--edition-b", in: scale)
        let comparison = scale.compare(
            ComparisonSheet(edition: editionA.id, scores: a.scores, facts: a.facts),
            ComparisonSheet(edition: editionB.id, scores: b.scores, facts: b.facts))
        let language = try language.map { try CompiledScale.wellFormedLanguage($0) } ?? editionA.sourceLanguage
        let report = ComparisonReport(
            comparison, a: editionA, b: editionB, language: language, metadataA: a.metadata, metadataB: b.metadata)
        switch format {
        case .text: Console.out(report.text)
        case .json: Console.out(JSONOutput.encode(report))
        }
    }

    private func compareSpreadsheets(_ scale: ScaleDefinition) throws {
        let editionA = try CompiledScale.edition(self.editionA, in: scale)
        let editionB = try CompiledScale.edition(self.editionB, in: scale)
        let a = try SpreadsheetLoading.load(sheetA, edition: editionA)
        let b = try SpreadsheetLoading.load(sheetB, edition: editionB)
        let language = try language.map { try CompiledScale.wellFormedLanguage($0) } ?? editionA.sourceLanguage
        let comparison = try SpreadsheetComparison.pair(
            a, pathA: sheetA, b, pathB: sheetB, scale: scale, editions: (editionA, editionB), language: language)
        switch format {
        case .text: Console.out(comparison.text)
        case .json: Console.out(JSONOutput.encode(comparison))
        }
    }
}
