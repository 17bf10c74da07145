import ArgumentParser
import ScaleCompiler

/// Reads an evaluators' spreadsheet (CSV) for a command, for one edition.
enum SpreadsheetLoading {
    /// True for a `.csv` file: the commands read it as a spreadsheet of reviews.
    static func isSpreadsheet(_ path: String) -> Bool { path.lowercased().hasSuffix(".csv") }

    /// The spreadsheet's checked reviews; prints diagnostics and fails on errors.
    static func load(_ path: String, edition: EditionDefinition) throws -> ReviewSpreadsheet {
        let file: SourceFile
        switch InputFile.source(path, displayPath: path, limit: Limits.scoreFileSize) {
        case .success(let read): file = read
        case .failure(let failure):
            Console.error("error: \(failure)\n")
            throw ExitCode.failure
        }
        let (sheet, found) = ReviewSpreadsheetReader.read(file, edition: edition)
        Console.report(found)
        guard let sheet else { throw ExitCode.failure }
        return sheet
    }
}
