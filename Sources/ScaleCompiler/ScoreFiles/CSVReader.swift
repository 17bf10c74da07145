/// Reads CSV as RFC 4180 defines it, with what spreadsheets add: UTF-8 with or without a byte
/// order mark, `,` or `;` as the separator (detected from the header row), CRLF or LF line
/// ends, quoted fields holding separators, `""` and newlines.
///
/// Hostile input is bounded: the file size is checked by the caller (``Limits/scoreFileSize``);
/// rows, columns and field length here (``Limits/csvRows``, ``Limits/csvColumns``,
/// ``Limits/scalarLength``). Every problem is a located diagnostic; the table is nil on any error.
public enum CSVReader {
    private static let quote: UInt8 = 0x22
    private static let comma: UInt8 = 0x2C
    private static let semicolon: UInt8 = 0x3B
    private static let carriageReturn: UInt8 = 0x0D
    private static let lineFeed: UInt8 = 0x0A
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's records, or nil with the diagnostics that explain why (a file too large to
    /// have been read, an empty file, broken quoting, invalid UTF-8, a limit exceeded).
    public static func read(_ file: SourceFile) -> (CSVTable?, [Diagnostic]) {
        let start = SourceLocation(file: file.path, line: 1, column: 1)
        if let size = file.unreadSize {
            return (nil, [.error(.limitExceeded, "the spreadsheet is \(size) bytes; the limit is \(Limits.scoreFileSize / 1024 / 1024) MiB", at: start)])
        }
        var bytes = file.bytes[...]
        let marked = bytes.starts(with: byteOrderMark)
        if marked { bytes = bytes.dropFirst(byteOrderMark.count) }
        guard !bytes.isEmpty else { return (nil, [.error(.emptyFile, "the spreadsheet is empty; it needs a header row of item ids", at: start)]) }
        var parser = Parser(bytes: bytes, path: file.path, delimiter: delimiter(in: bytes))
        parser.run()
        let failed = parser.diagnostics.contains { $0.severity == .error }
        let table = CSVTable(delimiter: Character(Unicode.Scalar(parser.delimiter)), hasByteOrderMark: marked, records: parser.records)
        return (failed ? nil : table, parser.diagnostics)
    }

    /// `;` when the header row (outside quotes) has more semicolons than commas, else `,`.
    private static func delimiter(in bytes: ArraySlice<UInt8>) -> UInt8 {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for byte in bytes {
            if byte == quote { quoted.toggle() }
            if quoted { continue }
            if byte == lineFeed || byte == carriageReturn { break }
            if byte == comma { commas += 1 }
            if byte == semicolon { semicolons += 1 }
        }
        return semicolons > commas ? semicolon : comma
    }

    /// The state of one pass over the bytes.
    private struct Parser {
        let bytes: ArraySlice<UInt8>
        let path: String
        let delimiter: UInt8
        var records: [CSVTable.Record] = []
        var diagnostics: [Diagnostic] = []
        private var index: Int
        private var row = 1
        private var fields: [CSVTable.Field] = []

        init(bytes: ArraySlice<UInt8>, path: String, delimiter: UInt8) {
            self.bytes = bytes
            self.path = path
            self.delimiter = delimiter
            index = bytes.startIndex
        }

        private var here: SourceLocation { SourceLocation(file: path, line: row, column: fields.count + 1) }

        mutating func run() {
            while index < bytes.endIndex {
                guard readField() else { return }
                guard index < bytes.endIndex else { break }
                let byte = bytes[index]
                if byte == delimiter {
                    index += 1
                    // A separator at the very end still opens one more (empty) field.
                    if index == bytes.endIndex { fields.append(.init(value: "", location: here)) }
                } else {
                    index += byte == carriageReturn && index + 1 < bytes.endIndex && bytes[index + 1] == lineFeed ? 2 : 1
                    guard endRecord() else { return }
                }
            }
            if !fields.isEmpty { _ = endRecord() }
        }

        /// Reads one field up to its separator or line end; false after an error that ends reading.
        private mutating func readField() -> Bool {
            guard fields.count < Limits.csvColumns else {
                fail(.limitExceeded, "row \(row) has more than \(Limits.csvColumns) columns")
                return false
            }
            let location = here
            var value: [UInt8] = []
            if bytes[index] == quote {
                index += 1
                while true {
                    guard index < bytes.endIndex else {
                        diagnostics.append(
                            .error(.csvSyntax, "the quoted field in column \(CSVTable.columnName(location.column)) is never closed; add the closing '\"'", at: location))
                        return false
                    }
                    let byte = bytes[index]
                    index += 1
                    if byte == quote {
                        if index < bytes.endIndex, bytes[index] == quote {
                            index += 1
                        } else {
                            break
                        }
                    }
                    value.append(byte)
                    guard value.count <= Limits.scalarLength else { return tooLong(location) }
                }
                if index < bytes.endIndex, !isFieldEnd(bytes[index]) {
                    diagnostics.append(
                        .error(.csvSyntax, "text after the closing quote of the field in column \(CSVTable.columnName(location.column)); quote the whole field and write a quote inside it as \"\"", at: location))
                    return false
                }
            } else {
                while index < bytes.endIndex, !isFieldEnd(bytes[index]) {
                    if bytes[index] == quote {
                        diagnostics.append(
                            .error(.csvSyntax, "a quote inside an unquoted field in column \(CSVTable.columnName(location.column)); quote the whole field and write the quote as \"\"", at: location))
                        return false
                    }
                    value.append(bytes[index])
                    index += 1
                    guard value.count <= Limits.scalarLength else { return tooLong(location) }
                }
            }
            fields.append(.init(value: text(value, at: location), location: location))
            return true
        }

        private func isFieldEnd(_ byte: UInt8) -> Bool { byte == delimiter || byte == lineFeed || byte == carriageReturn }

        /// The field's bytes as text; invalid UTF-8 or a NUL is an error located at the cell.
        private mutating func text(_ value: [UInt8], at location: SourceLocation) -> String {
            if value.contains(0) {
                diagnostics.append(.error(.nulByte, "the cell in column \(CSVTable.columnName(location.column)) holds a NUL byte", at: location))
            }
            guard let text = String(validating: value, as: UTF8.self) else {
                diagnostics.append(
                    .error(
                        .invalidUTF8,
                        "the cell in column \(CSVTable.columnName(location.column)) is not UTF-8 (often Latin-1 from an older spreadsheet); save the file as \"CSV UTF-8\"",
                        at: location))
                return String(decoding: value, as: UTF8.self)
            }
            return text
        }

        private mutating func endRecord() -> Bool {
            records.append(.init(row: row, fields: fields))
            fields = []
            guard records.count < Limits.csvRows || index >= bytes.endIndex else {
                fail(.limitExceeded, "the spreadsheet has more than \(Limits.csvRows) rows")
                return false
            }
            row += 1
            return true
        }

        private mutating func tooLong(_ location: SourceLocation) -> Bool {
            diagnostics.append(.error(.limitExceeded, "the cell in column \(CSVTable.columnName(location.column)) is longer than \(Limits.scalarLength) bytes", at: location))
            return false
        }

        private mutating func fail(_ code: DiagnosticCode, _ message: String) {
            diagnostics.append(.error(code, message, at: here))
        }
    }
}
