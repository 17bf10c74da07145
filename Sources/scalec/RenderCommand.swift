import ArgumentParser
import ScaleCompiler

/// `scalec render`: a printable scoring form, or a side-by-side review sheet of two languages.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Write a self-contained HTML scoring form, or a side-by-side review sheet.",
        discussion: """
            With --beside, a review sheet: the edition in --language beside --beside (nb | sv), or \
            beside another edition (--beside-edition fi-2026 --beside sv-FI) through the scale's \
            relations. The sheet opens with a summary and a legend; every entry shows its key and \
            the file and line it is written at; missing, declared-absent, fallback and stale texts \
            (with the old and the new source) are marked, and for close languages (sv and sv-FI) \
            removed and added words too. The page's own words are in --page-language (default: \
            --language), English where scalec has none.
            """)

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(help: "The edition (default: the only edition).")
    var edition: String?

    @Option(help: "The language (default: the edition's source language).")
    var language: String?

    @Option(help: "A second language, for a review sheet.")
    var beside: String?

    @Option(help: "The edition of the second column (default: the same edition).")
    var besideEdition: String?

    @Option(help: "The language of the page's own words (default: --language).")
    var pageLanguage: String?

    @Option(name: .shortAndLong, help: "The HTML file to write (default: standard output).")
    var output: String?

    func run() throws {
        let (scale, result) = try CompiledScale.load(scaleDirectory)
        let left = try CompiledScale.edition(edition, in: scale)
        let leftLanguage = try language.map { try CompiledScale.wellFormedLanguage($0) } ?? left.sourceLanguage
        let page = try pageLanguage.map { try CompiledScale.wellFormedLanguage($0) }
        let html: String
        if let beside {
            let right = try CompiledScale.edition(besideEdition ?? left.id, in: scale)
            let rightLanguage = try CompiledScale.wellFormedLanguage(beside)
            // Lines and stale entries' earlier source texts come from the files, as for an XLIFF export.
            let sources = (try? ScaleDirectoryLoader.load(scaleDirectory)).map {
                ReviewSources(source: $0, scale: scale, translations: result.translations)
            }
            html = ReviewSheet.render(
                scale: scale, left: (left, leftLanguage), right: (right, rightLanguage), sources: sources ?? ReviewSources(),
                pageLanguage: page)
        } else {
            html = ScoringForm.render(left, language: leftLanguage)
        }
        try OutputFile.writeUserOutput(html, to: output, protecting: scaleDirectory)
    }
}
