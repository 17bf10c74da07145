import ArgumentParser
import ScaleCompiler

/// `scalec xliff export|import`: exchange with translators' tools in XLIFF 2.0.
struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff", abstract: "Exchange a language's texts with translation tools (XLIFF 2.0).",
        subcommands: [Export.self, Import.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an edition's texts for one language as XLIFF 2.0 (source, target, state, context notes).",
            discussion: """
                States: initial (untranslated), translated, reviewed (the snapshot vouches for it); a \
                stale translation is initial with subState scalec:stale and notes giving the old and \
                the new source, so it is not imported again until it has been looked at.
                """)

        @Argument(help: "The scale folder.") var scaleDirectory: String
        @Option(help: "The edition (default: the only edition).") var edition: String?
        @Option(help: "The target language.") var language: String
        @Option(name: .shortAndLong, help: "The file to write ('-' or none: standard output).") var output: String?

        func run() throws {
            let (scale, result) = try CompiledScale.load(scaleDirectory)
            let chosen = try CompiledScale.edition(edition, in: scale)
            let tag = LanguageTag(language)
            guard tag != chosen.sourceLanguage else {
                throw ValidationError("'\(language)' is the source language of '\(chosen.id)'; export a translation")
            }
            let status = result.translations.first { $0.edition == chosen.id && $0.language == tag }
            var previous: [String: String] = [:]
            if status?.stale.isEmpty == false, let source = try? ScaleDirectoryLoader.load(scaleDirectory) {
                previous = XLIFFSnapshotSources.previousSources(in: source, edition: chosen.id, language: tag)
            }
            let document = XLIFFWriter.document(scale: scale, edition: chosen, language: tag, status: status, previousSources: previous)
            try OutputFile.writeUserOutput(document, to: output, protecting: scaleDirectory)
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the targets of an XLIFF 2.0 file to the language's text file, keeping its order and comments.",
            discussion: """
                Only entries whose target differs are touched. Targets in state initial (drafts, \
                stale exports) are not imported; those that come in reviewed or final are listed. \
                Units whose source changed since export are conflicts: reported with their location \
                and not imported. The file written is always <scale>/<file id>/text.<trgLang>.yaml, \
                with trgLang a well-formed language tag other than the edition's source language. \
                The edited scale is compiled before the file is written; on any error nothing is \
                written.
                """)

        @Argument(help: "The scale folder.") var scaleDirectory: String
        @Argument(help: "The XLIFF file.") var xliffFile: String
        @Flag(help: "Write nothing when any unit conflicts.") var strict = false
        @Flag(help: "Report what would change without writing.") var dryRun = false

        func run() throws {
            let (scale, _) = try CompiledScale.load(scaleDirectory)
            let (document, problems) = XLIFFDocument.read(try XLIFFInput.read(xliffFile))
            guard let document else {
                Console.report(problems)
                throw ExitCode.failure
            }
            let (destination, misdirected) = XLIFFImport.destination(of: document, in: scale)
            guard let destination else {
                Console.report(problems + misdirected)
                throw ExitCode.failure
            }
            var source = try XLIFFInput.scale(scaleDirectory)
            let relative = destination.relativePath
            let textPath = source.path(of: relative)
            let existing = try XLIFFInput.textFile(relative, in: source)
            let result = XLIFFImport.apply(
                document, xliffPath: xliffFile, to: existing, textPath: textPath, edition: destination.edition,
                language: destination.language)
            let diagnostics = problems + result.diagnostics
            Console.report(diagnostics)
            let conflicts = diagnostics.filter { $0.code == .xliffConflict }.count
            guard !diagnostics.contains(where: { $0.severity == .error }), let edited = result.file else {
                throw ExitCode.failure
            }
            if strict, conflicts > 0 {
                Console.error("\(conflicts) conflict(s) and --strict: nothing written\n")
                throw ExitCode.failure
            }
            // The edited file must leave the scale without errors before it is written, compiled
            // under the path it is written to.
            let entry = ScaleSource.Entry(relativePath: relative, file: SourceFile(path: textPath, bytes: edited.bytes))
            if let index = source.entries.firstIndex(where: { $0.relativePath == relative }) {
                source.entries[index] = entry
            } else {
                source.entries.append(entry)
                source.entries.sort { $0.relativePath < $1.relativePath }
            }
            let check = ScaleCompilation.compile(source)
            if check.hasErrors {
                Console.report(check.diagnostics.filter { $0.severity == .error })
                Console.error("the imported text would not compile: nothing written\n")
                throw ExitCode.failure
            }
            if !dryRun, !result.changed.isEmpty {
                // Refuses a link or special file again at the moment of writing.
                let text = String(decoding: edited.bytes, as: UTF8.self)
                try OutputFile.writeScaleFile(text, scaleDirectory: scaleDirectory, relativePath: relative)
            }
            // Units a translation tool marked reviewed or final count as reviewed against today's
            // source: their snapshot entries move on; every other entry keeps its old source.
            if !dryRun, !result.reviewedKeys.isEmpty, let edition = check.scale?.edition(destination.edition.id),
                let snapshot = SourceSnapshotWriter.snapshot(
                    of: destination.language, in: edition, reviewed: Set(result.reviewedKeys),
                    previous: XLIFFSnapshotSources.previousSources(in: source, edition: edition.id, language: destination.language))
            {
                let snapshotPath = "\(edition.id)/text.\(destination.language.rawValue).sources.yaml"
                try OutputFile.writeScaleFile(snapshot, scaleDirectory: scaleDirectory, relativePath: snapshotPath)
                Console.error("\(result.reviewedKeys.count) reviewed or final unit(s) recorded in \(snapshotPath)\n")
            }
            var summary = "\(Console.printable(textPath)): \(result.changed.count) updated, \(result.unchanged) unchanged, \(conflicts) conflict(s)"
            if !result.initialKeys.isEmpty { summary += ", \(result.initialKeys.count) in state initial (not imported)" }
            summary += ", \(result.reviewedKeys.count) reviewed or final"
            Console.error(summary + (dryRun ? " (dry run: nothing written)" : "") + "\n")
            if !result.reviewedKeys.isEmpty {
                Console.error("reviewed or final: \(result.reviewedKeys.joined(separator: ", "))\n")
            }
            for key in result.changed { Console.out("updated \(key)\n") }
        }
    }
}

/// The import's file checks: the XLIFF file is read only when it is a regular file, and one over
/// the size limit is left unread (the reader reports it); the text file written must be a regular
/// file or not exist yet, so an import never writes through a symbolic link or onto a folder.
private enum XLIFFInput {
    static func read(_ path: String) throws -> SourceFile {
        switch InputFile.source(path, displayPath: path, limit: Limits.xliffFileSize) {
        case .success(let file): return file
        case .failure(let failure):
            Console.error("error: \(failure)\n")
            throw ExitCode.failure
        }
    }

    static func scale(_ directory: String) throws -> ScaleSource {
        do { return try ScaleDirectoryLoader.load(directory) } catch {
            Console.error("error: \(error)\n")
            throw ExitCode.failure
        }
    }

    /// The text file as the scale was loaded, nil when it does not exist yet.
    static func textFile(_ relativePath: String, in source: ScaleSource) throws -> SourceFile? {
        try refuseUnlessWritable(source.path(of: relativePath))
        return source.entries.first { $0.relativePath == relativePath }?.file
    }

    /// Refuses a path that exists and is not a regular file (a symbolic link included).
    static func refuseUnlessWritable(_ path: String) throws {
        let what: String
        switch InputFile.kind(of: path) {
        case .missing, .regular: return
        case .symbolicLink: what = "a symbolic link"
        case .directory: what = "a folder, not a regular file"
        case .other(let kind): what = "\(kind), not a regular file"
        }
        Console.error("error: '\(Console.printable(path))' is \(what); an import writes only a regular text file: nothing written\n")
        throw ExitCode.failure
    }
}
