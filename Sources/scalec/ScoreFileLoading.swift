import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler

/// Reads a score file for a command: the edition it is on, and its checked scores.
enum ScoreFileLoading {
    /// - Parameter path: the score file, YAML or JSON.
    /// - Parameter requested: the edition the command was given, if any; it overrides the file's.
    /// - Parameter option: the command's option that names the edition (`--edition`,
    ///   `--edition-a`), for the message when neither it nor the file names one.
    /// - Parameter scale: the scale the file is scored on.
    static func load(_ path: String, edition requested: String?, option: String = "--edition", in scale: ScaleDefinition) throws
        -> (edition: EditionDefinition, sheet: ScoreFile)
    {
        let file = try readReviewFile(path)
        // The file's own syntax errors come first: they are what the user must fix, whatever
        // the edition turns out to be.
        let parsed = ScoreFileReader.parse(file)
        let (root, problems) = parsed
        if problems.contains(where: { $0.severity == .error }) {
            Console.report(problems)
            throw ExitCode.failure
        }
        let named = requested ?? declaredEdition(root)
        if named == nil, scale.editions.count > 1 {
            let known = scale.editions.map(\.id).joined(separator: ", ")
            Console.error(
                "\(SourceLocation(file: path, line: 1, column: 1).description): error: [missing-key] the score file names no edition and the scale has several (\(known)); add 'edition:' to the file or pass \(option)\n")
            throw ExitCode.failure
        }
        let edition = try CompiledScale.edition(named, in: scale)
        let (sheet, found) = ScoreFileReader.read(file, parsed: parsed, edition: edition)
        Console.report(found)
        guard let sheet else { throw ExitCode.failure }
        return (edition, sheet)
    }

    /// The sheet's result on `edition` under the chosen view of missing data; an invalid score is an error on stderr.
    static func score(_ sheet: ScoreFile, on edition: EditionDefinition, missing: MissingDataView) throws -> ScoreResult {
        do { return try edition.score(sheet.scores, missing: missing) } catch {
            Console.error("error: \(error)\n")
            throw ExitCode.failure
        }
    }

    /// The `edition:` a sheet names, if it is a plain scalar; errors surface when the file is read for real.
    private static func declaredEdition(_ root: YAMLNode?) -> String? {
        guard case .mapping(let mapping)? = root else { return nil }
        return mapping.entries.first(where: { $0.key.value == "edition" })?.value.scalarValue
    }

    /// A score file or spreadsheet's bytes, within `Limits.scoreFileSize` (a larger file comes
    /// back unread, for its reader to report); fails the command when it cannot be read.
    static func readReviewFile(_ path: String) throws -> SourceFile {
        switch InputFile.source(path, displayPath: path, limit: Limits.scoreFileSize) {
        case .success(let file): return file
        case .failure(let failure):
            Console.error("error: \(failure)\n")
            throw ExitCode.failure
        }
    }
}
