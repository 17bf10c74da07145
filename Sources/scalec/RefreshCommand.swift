import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler

/// `scalec refresh <scale-dir> --edition <id> --language <tag>`: after review, record the source
/// texts a translation now matches, so that later source changes make its entries stale.
struct RefreshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Record, after review, which source texts a translation was made from.",
        discussion: "Writes <edition>/text.<language>.sources.yaml. Stale-translation errors do not block it; other errors do.")

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(help: "The edition.")
    var edition: String?

    @Option(help: "The translated language.")
    var language: String

    func run() throws {
        let source: ScaleSource
        do { source = try ScaleDirectoryLoader.load(scaleDirectory) } catch {
            Console.error("error: \(error)\n")
            throw ExitCode.failure
        }
        // Stale entries are what this command resolves, so only other errors stop it.
        let result = ScaleCompilation.compile(source, staleTranslationsAsWarnings: true)
        Console.report(result.diagnostics.filter { $0.code != .staleTranslation })
        guard let scale = result.scale else { throw ExitCode.failure }
        let chosen = try CompiledScale.edition(edition, in: scale)
        let tag = LanguageTag(language)
        guard tag != chosen.sourceLanguage else {
            throw ValidationError("'\(language)' is the source language of edition '\(chosen.id)'; only translations have snapshots")
        }
        guard let snapshot = SourceSnapshotWriter.snapshot(of: tag, in: chosen) else {
            throw ValidationError("edition '\(chosen.id)' has no text in '\(language)'")
        }
        let relative = "\(chosen.id)/text.\(tag.rawValue).sources.yaml"
        let path = ScaleSource.join(scaleDirectory, relative)
        try OutputFile.writeScaleFile(snapshot, scaleDirectory: scaleDirectory, relativePath: relative)
        let stale = result.translations.first { $0.edition == chosen.id && $0.language == tag }?.stale.count ?? 0
        Console.error("\(path): recorded the \(chosen.sourceLanguage) source of every '\(tag)' entry (\(stale) were stale)\n")
    }
}
