/// Reads an evaluators' spreadsheet (CSV) of reviews for one edition.
///
/// The header row names a column per item — its id (`caseload-size`), or its number as the
/// edition prints it (`1`; `staffing.1` where the edition numbers items within sections) — and
/// optionally `service`, `reviewed` and `note`. Every other row is one review: a level per item
/// cell, an empty cell for a missing item. Every problem is located at its row and column.
public enum ReviewSpreadsheetReader {
    /// The columns a sheet may have besides items.
    public static let metadataColumns = ["service", "reviewed", "note"]

    /// What a header cell names.
    private enum Column {
        case item(String)
        case metadata(String)
        case ignored
    }

    /// The sheet's reviews checked against `edition`, or nil with every error located at its
    /// row and column.
    public static func read(_ file: SourceFile, edition: EditionDefinition) -> (ReviewSpreadsheet?, [Diagnostic]) {
        let (table, problems) = CSVReader.read(file)
        guard let table else { return (nil, problems) }
        var diagnostics = problems
        let records = table.records.filter { !$0.isBlank }
        guard let header = records.first else {
            return (nil, diagnostics + [.error(.emptyFile, "the spreadsheet has no header row", at: .init(file: file.path, line: 1, column: 1))])
        }
        let columns = self.columns(header, edition: edition, diagnostics: &diagnostics)
        var reviews: [ReviewSpreadsheet.Review] = []
        for record in records.dropFirst() {
            if let review = review(record, columns: columns, edition: edition, diagnostics: &diagnostics) { reviews.append(review) }
        }
        if records.count == 1 {
            diagnostics.append(.error(.emptyFile, "the spreadsheet has a header but no reviews", at: .init(file: file.path, line: header.row + 1, column: 1)))
        }
        let failed = diagnostics.contains { $0.severity == .error }
        return (failed ? nil : ReviewSpreadsheet(delimiter: table.delimiter, hasByteOrderMark: table.hasByteOrderMark, reviews: reviews), diagnostics)
    }

    private static func columns(_ header: CSVTable.Record, edition: EditionDefinition, diagnostics: inout [Diagnostic]) -> [Column] {
        var seen: [String: SourceLocation] = [:]
        var budget = SuggestionBudget()
        let items = edition.items
        let names = items.map(\.id) + metadataColumns
        // Built once: a hostile header may have thousands of number columns.
        let byNumber = Dictionary(grouping: items, by: \.number)
        return header.fields.map { field in
            let name = field.value.trimmingWhitespace
            let column: Column
            if name.isEmpty {
                column = .ignored
            } else if metadataColumns.contains(name.lowercased()) {
                column = .metadata(name.lowercased())
            } else if let item = edition.item(name) ?? itemByNumber(name, byNumber, edition: edition, at: field.location, diagnostics: &diagnostics) {
                column = .item(item.id)
            } else {
                if Int(name) == nil, !name.contains(".") {
                    let suggestion = budget.closest(to: name, in: names)
                    diagnostics.append(
                        .error(
                            .csvUnknownColumn,
                            "column \(CSVTable.columnName(field.location.column)) is headed '\(PrintableText.escaped(name))', which is neither an item of edition '\(edition.id)' nor service, reviewed or note"
                                + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                            at: field.location))
                }
                return .ignored
            }
            let key: String
            switch column {
            case .item(let id): key = "item " + id
            case .metadata(let name): key = name
            case .ignored: return column
            }
            if let first = seen[key] {
                diagnostics.append(
                    .error(
                        .csvDuplicateColumn, "column \(CSVTable.columnName(field.location.column)) repeats \(key) of column \(CSVTable.columnName(first.column)); keep one",
                        at: field.location, notes: [.init("first here", at: first)]))
                return .ignored
            }
            seen[key] = field.location
            return column
        }
    }

    /// The item a number header names: `7` where numbers are unique, `staffing.1` always.
    private static func itemByNumber(
        _ name: String, _ byNumber: [Int: [ItemDefinition]], edition: EditionDefinition, at location: SourceLocation,
        diagnostics: inout [Diagnostic]
    ) -> ItemDefinition? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, let number = Int(parts[1]) {
            let section = String(parts[0])
            if let item = byNumber[number]?.first(where: { $0.sectionID == section }) { return item }
            diagnostics.append(
                .error(.csvUnknownColumn, "edition '\(edition.id)' has no item \(number) in a section '\(PrintableText.escaped(section))'", at: location))
            return nil
        }
        guard parts.count == 1, let number = Int(name) else { return nil }
        let matches = byNumber[number] ?? []
        if matches.count == 1 { return matches.first }
        if matches.isEmpty {
            diagnostics.append(.error(.csvUnknownColumn, "edition '\(edition.id)' has no item numbered \(number)", at: location))
        } else {
            let choices = matches.map { "\($0.sectionID).\(number) (\($0.id))" }.joined(separator: ", ")
            diagnostics.append(
                .error(
                    .csvUnknownColumn, "edition '\(edition.id)' numbers items within sections, so '\(number)' could be \(choices); write one of those or the item id",
                    at: location))
        }
        return nil
    }

    private static func review(
        _ record: CSVTable.Record, columns: [Column], edition: EditionDefinition, diagnostics: inout [Diagnostic]
    ) -> ReviewSpreadsheet.Review? {
        var review = ReviewSpreadsheet.Review(row: record.row, metadata: [:], scores: [:])
        for (index, field) in record.fields.enumerated() {
            let value = field.value.trimmingWhitespace
            guard index < columns.count else {
                if !value.isEmpty {
                    diagnostics.append(
                        .error(
                            .csvExtraField, "row \(record.row) has a value in column \(CSVTable.columnName(field.location.column)), which has no header; add a header or remove the value",
                            at: field.location))
                }
                continue
            }
            guard !value.isEmpty else { continue }
            switch columns[index] {
            case .ignored: continue
            case .metadata(let name):
                review.metadata[name] = value
                if name == "service" { review.serviceLocation = field.location }
            case .item(let id):
                if let level = level(value, item: id, edition: edition, at: field.location, diagnostics: &diagnostics) {
                    review.scores[id] = level
                }
            }
        }
        return review
    }

    private static func level(
        _ value: String, item: String, edition: EditionDefinition, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> Int? {
        let range = "\(edition.levels.lowerBound)–\(edition.levels.upperBound)"
        guard let level = Int(value) else {
            diagnostics.append(
                .error(
                    .invalidNumber, "'\(PrintableText.escaped(value))' is not a level of '\(item)'; levels are whole numbers \(range), and an empty cell is a missing item",
                    at: location))
            return nil
        }
        guard edition.levels.contains(level) else {
            diagnostics.append(.error(.levelOutOfRange, "level \(level) of '\(item)' is outside the edition's levels \(range)", at: location))
            return nil
        }
        return level
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs (spreadsheets pad cells).
    fileprivate var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
