import ArgumentParser
import ScaleCompiler

/// `scalec export <scale-dir> --edition <id> [--language <tag>]`: the edition as JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print an edition with its texts as JSON.",
        discussion: "The output follows the JSON Schema in Sources/scalec/Schemas/edition-export.schema.json.")

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(help: "The edition to export (default: the only edition).")
    var edition: String?

    @Option(help: "The language of the texts (default: the edition's source language).")
    var language: String?

    func run() throws {
        let (scale, _) = try CompiledScale.load(scaleDirectory)
        let chosen = try CompiledScale.edition(edition, in: scale)
        let language = try CompiledScale.language(language, in: chosen)
        Console.out(JSONOutput.encode(EditionExport(scale: scale, edition: chosen, language: language)))
    }
}
