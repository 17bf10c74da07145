import ArgumentParser
import Foundation
import ScaleCompiler

/// Reads a score file for a command: the edition it is on, and its checked scores.
enum ScoreFileLoading {
    static func load(_ path: String, edition requested: String?, in scale: ScaleDefinition) throws
        -> (edition: EditionDefinition, sheet: ScoreFile)
    {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("error: cannot read '\(path)'\n")
            throw ExitCode.failure
        }
        let file = SourceFile(path: path, bytes: [UInt8](data))
        let edition = try CompiledScale.edition(requested ?? declaredEdition(file), in: scale)
        let (sheet, problems) = ScoreFileReader.read(file, edition: edition)
        Console.report(problems)
        guard let sheet else { throw ExitCode.failure }
        return (edition, sheet)
    }

    /// The `edition:` a sheet names, read leniently; errors surface when the file is read for real.
    private static func declaredEdition(_ file: SourceFile) -> String? {
        guard case .mapping(let mapping)? = YAMLReader.read(file, allowsTabIndentation: true).root else { return nil }
        return mapping.entries.first(where: { $0.key.value == "edition" })?.value.scalarValue
    }
}
