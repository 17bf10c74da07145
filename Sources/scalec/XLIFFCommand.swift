import ArgumentParser
import Foundation
import ScaleCompiler

/// `scalec xliff export|import`: exchange with translators' tools in XLIFF 2.0.
struct XLIFFCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xliff", abstract: "Exchange a language's texts with translation tools (XLIFF 2.0).",
        subcommands: [Export.self, Import.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an edition's texts for one language as XLIFF 2.0 (source, target, state, context notes).")

        @Argument(help: "The scale folder.") var scaleDirectory: String
        @Option(help: "The edition (default: the only edition).") var edition: String?
        @Option(help: "The target language.") var language: String
        @Option(name: .shortAndLong, help: "The file to write (default: standard output).") var output: String?

        func run() throws {
            let (scale, result) = try CompiledScale.load(scaleDirectory)
            let chosen = try CompiledScale.edition(edition, in: scale)
            let tag = LanguageTag(language)
            guard tag != chosen.sourceLanguage else {
                throw ValidationError("'\(language)' is the source language of '\(chosen.id)'; export a translation")
            }
            let status = result.translations.first { $0.edition == chosen.id && $0.language == tag }
            let document = XLIFFWriter.document(scale: scale, edition: chosen, language: tag, status: status)
            if let output { try OutputFile.writeIfChanged(document, to: output) } else { Console.out(document) }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Apply the targets of an XLIFF 2.0 file to the language's text file, keeping its order and comments.",
            discussion: """
                Only entries whose target differs are touched. Units whose source changed since \
                export are conflicts: reported with their location and not imported. The edited \
                scale is compiled before the file is written; on any error nothing is written.
                """)

        @Argument(help: "The scale folder.") var scaleDirectory: String
        @Argument(help: "The XLIFF file.") var xliffFile: String
        @Flag(help: "Write nothing when any unit conflicts.") var strict = false
        @Flag(help: "Report what would change without writing.") var dryRun = false

        func run() throws {
            let (scale, _) = try CompiledScale.load(scaleDirectory)
            guard let data = FileManager.default.contents(atPath: xliffFile) else {
                Console.error("error: cannot read '\(xliffFile)'\n")
                throw ExitCode.failure
            }
            let (document, problems) = XLIFFDocument.read(SourceFile(path: xliffFile, bytes: [UInt8](data)))
            Console.report(problems)
            guard let document, let target = document.targetLanguage else { throw ExitCode.failure }
            let edition = try CompiledScale.edition(document.fileID, in: scale)
            let language = LanguageTag(target)
            let relative = "\(edition.id)/text.\(language.rawValue).yaml"
            let textPath = ScaleSource.join(scaleDirectory, relative)
            let existing = FileManager.default.contents(atPath: textPath).map { SourceFile(path: textPath, bytes: [UInt8]($0)) }
            let result = XLIFFImport.apply(
                document, xliffPath: xliffFile, to: existing, textPath: textPath, edition: edition, language: language)
            Console.report(result.diagnostics)
            let conflicts = result.diagnostics.filter { $0.code == .xliffConflict }.count
            guard !result.diagnostics.contains(where: { $0.severity == .error }), let edited = result.file else {
                throw ExitCode.failure
            }
            if strict, conflicts > 0 {
                Console.error("\(conflicts) conflict(s) and --strict: nothing written\n")
                throw ExitCode.failure
            }
            // The edited file must leave the scale without errors before it is written.
            var source = try ScaleDirectoryLoader.load(scaleDirectory)
            source.entries.removeAll { $0.relativePath == relative }
            source.entries.append(.init(relativePath: relative, file: edited))
            let check = ScaleCompilation.compile(source)
            if check.hasErrors {
                Console.report(check.diagnostics.filter { $0.severity == .error })
                Console.error("the imported text would not compile: nothing written\n")
                throw ExitCode.failure
            }
            if !dryRun, !result.changed.isEmpty { try OutputFile.writeIfChanged(String(decoding: edited.bytes, as: UTF8.self), to: textPath) }
            Console.error(
                "\(textPath): \(result.changed.count) updated, \(result.unchanged) unchanged, \(conflicts) conflict(s)\(dryRun ? " (dry run: nothing written)" : "")\n")
            for key in result.changed { Console.out("updated \(key)\n") }
        }
    }
}
