import ArgumentParser

/// The scale compiler's command-line front end.
@main
struct Scalec: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scalec",
        abstract: "Compile, check, export and score rating scales written in YAML.",
        subcommands: [CheckCommand.self, GenerateCommand.self, ExportCommand.self, ScoreCommand.self, CompareCommand.self, CoverageCommand.self, RefreshCommand.self, RenderCommand.self, XLIFFCommand.self]
    )
}
