import ArgumentParser
import ScaleCompiler

/// Reads an evaluators' spreadsheet (CSV) for a command, for one edition.
enum SpreadsheetLoading {
    /// True for a `.csv` file: the commands read it as a spreadsheet of reviews.
    static func isSpreadsheet(_ path: String) -> Bool { path.lowercased().hasSuffix(".csv") }

    /// The spreadsheet's checked reviews; prints diagnostics and fails on errors.
    static func load(_ path: String, edition: EditionDefinition) throws -> ReviewSpreadsheet {
        let file = try ScoreFileLoading.readReviewFile(path)
        let (sheet, found) = ReviewSpreadsheetReader.read(file, edition: edition)
        Console.report(found)
        guard let sheet else { throw ExitCode.failure }
        return sheet
    }
}
