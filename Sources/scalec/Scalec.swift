import ArgumentParser

/// The scale compiler's command-line front end.
@main
struct Scalec: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scalec",
        abstract: "Compile, check, export and score rating scales written in YAML.",
        version: Scalec.version,
        subcommands: [CheckCommand.self, GenerateCommand.self, ExportCommand.self, ScoreCommand.self, CompareCommand.self, ReportCommand.self, DiffCommand.self, RelationsCommand.self, CoverageCommand.self, RefreshCommand.self, RenderCommand.self, SchemaCommand.self, XLIFFCommand.self]
    )

    /// The release, as `scalec --version` prints it (see CHANGELOG.md).
    static let version = "0.3.0"
}
