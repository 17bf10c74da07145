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
            relations. Missing, absent and fallback texts are marked; for close languages (sv and \
            sv-FI) removed and added words are marked too.
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

    @Option(name: .shortAndLong, help: "The HTML file to write (default: standard output).")
    var output: String?

    func run() throws {
        let (scale, _) = try CompiledScale.load(scaleDirectory)
        let left = try CompiledScale.edition(edition, in: scale)
        let leftLanguage = try language.map { try CompiledScale.wellFormedLanguage($0) } ?? left.sourceLanguage
        let html: String
        if let beside {
            let right = try CompiledScale.edition(besideEdition ?? left.id, in: scale)
            html = ReviewSheet.render(
                scale: scale, left: (left, leftLanguage), right: (right, try CompiledScale.wellFormedLanguage(beside)))
        } else {
            html = ScoringForm.render(left, language: leftLanguage)
        }
        try OutputFile.writeUserOutput(html, to: output, protecting: scaleDirectory)
    }
}
