import ArgumentParser
import ScaleCompiler

/// `scalec check <scale-dir>`: every diagnostic; exit status 0 only without errors.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Report every problem in a scale folder.")

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(help: "text: diagnostics on stderr as file:line:column; json: a JSON array on stdout.")
    var format: OutputFormat = .text

    func run() throws {
        let source: ScaleSource
        do { source = try ScaleDirectoryLoader.load(scaleDirectory) } catch {
            Console.error("error: \(error)\n")
            throw ExitCode.failure
        }
        let result = ScaleCompilation.compile(source)
        switch format {
        case .text:
            Console.report(result.diagnostics)
            if result.diagnostics.isEmpty { Console.error("\(scaleDirectory): no problems found\n") }
        case .json:
            Console.out(DiagnosticRendering.json(result.diagnostics))
        }
        if result.hasErrors { throw ExitCode.failure }
    }
}
