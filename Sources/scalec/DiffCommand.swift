import ArgumentParser
import ScaleCompiler

/// `scalec diff <old> <new>` or `scalec diff <dir> --git <rev>`: what changed between two
/// versions of a scale and what it breaks.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "List what changed between two versions of a scale, classified as major, minor or patch.",
        discussion: """
            Compares the compiled scales, not the YAML text: a moved key or a new comment is no \
            change. Every change is listed with its location (in NEW, or in OLD for a removal) \
            and what it breaks: major (an item, level, band or relation removed; thresholds, \
            criteria, caps, bands or level maps changed; an id renamed), minor (an item, \
            section, language, edition or relation added), patch (text, notes, guidance). The \
            highest is the bump. The generated API's added and removed symbols follow. \
            With --git REV, OLD is the folder as it was at that revision and NEW is the folder. \
            Exits 0 whatever changed (read the bump from --format json); 1 when a side does not \
            compile or cannot be read. See the Versioning article.
            """)

    @Argument(help: "The old version's scale folder (or, with --git, the scale folder).")
    var old: String

    @Argument(help: "The new version's scale folder (omit with --git).")
    var new: String?

    @Option(help: "Compare the folder with itself at this git revision (a commit, tag or branch).")
    var git: String?

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if git != nil, new != nil { throw ValidationError("with --git, name one folder: the scale now, compared with itself at the revision") }
        if git == nil, new == nil { throw ValidationError("name two scale folders, OLD and NEW, or one folder and --git REV") }
    }

    func run() throws {
        let oldSource: ScaleSource
        let newFolder = new ?? old
        do {
            oldSource = try git.map { try GitRevisionSource.load(old, revision: $0) } ?? ScaleDirectoryLoader.load(old)
        } catch {
            Console.error("error: \(error)\n")
            throw ExitCode.failure
        }
        let before = try Self.version(oldSource, side: "OLD")
        let newSource: ScaleSource
        do { newSource = try ScaleDirectoryLoader.load(newFolder) } catch {
            Console.error("error: \(error)\n")
            throw ExitCode.failure
        }
        let after = try Self.version(newSource, side: "NEW")
        let report = DiffReport(ScaleDiff.compare(before, after), old: oldSource.directory, new: newSource.directory)
        switch format {
        case .text: Console.out(report.text)
        case .json: Console.out(JSONOutput.encode(report))
        }
    }

    /// One side compiled; its errors are printed and fail the command (only warnings pass).
    private static func version(_ source: ScaleSource, side: String) throws -> ScaleVersion {
        let result = ScaleCompilation.compile(source)
        guard let scale = result.scale else {
            Console.report(result.diagnostics.filter { $0.severity == .error })
            Console.error("error: \(side) ('\(Console.printable(source.directory))') does not compile; fix it or compare another version\n")
            throw ExitCode.failure
        }
        return ScaleVersion(scale: scale, swiftName: result.swiftName, source: source)
    }
}
