import ArgumentParser
import ScaleCompiler

/// Two spreadsheets of reviews compared service by service: the reviews of A and B that name
/// the same `service` are paired and compared; the rest are listed as unpaired.
struct SpreadsheetComparison: Encodable {
    /// Two reviews of one service and their comparison.
    struct Pair: Encodable {
        var service: String
        var rowA: Int
        var rowB: Int
        var comparison: ComparisonReport
    }

    /// A review with no counterpart in the other sheet.
    struct Unpaired: Encodable {
        var service: String?
        var row: Int
    }

    var pairs: [Pair]
    var onlyInA: [Unpaired]
    var onlyInB: [Unpaired]

    /// Pairs the reviews; a service named twice in one sheet is an error, located at its cell.
    static func pair(
        _ a: ReviewSpreadsheet, pathA: String, _ b: ReviewSpreadsheet, pathB: String, scale: ScaleDefinition,
        editions: (a: EditionDefinition, b: EditionDefinition), language: LanguageTag
    ) throws -> SpreadsheetComparison {
        let byServiceA = try index(a, path: pathA)
        let byServiceB = try index(b, path: pathB)
        var pairs: [Pair] = []
        var onlyInA: [Unpaired] = []
        for review in a.reviews {
            guard let service = review.metadata["service"], let other = byServiceB[service] else {
                onlyInA.append(Unpaired(service: review.metadata["service"], row: review.row))
                continue
            }
            let comparison = scale.compare(
                ComparisonSheet(edition: editions.a.id, scores: review.scores, facts: [:]),
                ComparisonSheet(edition: editions.b.id, scores: other.scores, facts: [:]))
            let report = ComparisonReport(
                comparison, a: editions.a, b: editions.b, language: language, metadataA: review.metadata, metadataB: other.metadata)
            pairs.append(Pair(service: service, rowA: review.row, rowB: other.row, comparison: report))
        }
        let onlyInB = b.reviews.filter { review in review.metadata["service"].map { byServiceA[$0] == nil } ?? true }
            .map { Unpaired(service: $0.metadata["service"], row: $0.row) }
        return SpreadsheetComparison(pairs: pairs, onlyInA: onlyInA, onlyInB: onlyInB)
    }

    private static func index(_ sheet: ReviewSpreadsheet, path: String) throws -> [String: ReviewSpreadsheet.Review] {
        var index: [String: ReviewSpreadsheet.Review] = [:]
        var problems: [Diagnostic] = []
        for review in sheet.reviews {
            guard let service = review.metadata["service"] else { continue }
            let location = review.serviceLocation ?? SourceLocation(file: path, line: review.row, column: 1)
            if let first = index[service] {
                problems.append(
                    .error(
                        .duplicateID, "service '\(PrintableText.escaped(service))' has a second review in row \(review.row); reviews are paired by service, so name each service once",
                        at: location, notes: [.init("first here", at: first.serviceLocation)]))
                continue
            }
            index[service] = review
        }
        guard problems.isEmpty else {
            Console.report(problems)
            throw ExitCode.failure
        }
        return index
    }

    var text: String {
        var out = ""
        for pair in pairs {
            out += "== \(pair.service) (rows \(pair.rowA) and \(pair.rowB))\n" + pair.comparison.text + "\n"
        }
        for (name, unpaired) in [("A", onlyInA), ("B", onlyInB)] where !unpaired.isEmpty {
            out += "Only in \(name) (no review of the same service in the other sheet):\n"
            for review in unpaired { out += "  row \(review.row): \(review.service ?? "(no service)")\n" }
        }
        return out
    }
}
