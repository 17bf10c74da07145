/// A spreadsheet as an RFC 4180 reader sees it: records of fields, each located by its row and
/// column as a spreadsheet numbers them (the header is row 1, the first column is column 1).
///
/// A field's ``SourceLocation`` carries the row as its line and the column as its column, so
/// diagnostics print `reviews.csv:3:2` for row 3, column 2 (B), whatever newlines quoted fields
/// hold.
public struct CSVTable: Sendable, Hashable {
    /// One cell.
    public struct Field: Sendable, Hashable {
        /// The cell's text, unquoted (`""` read as `"`).
        public var value: String
        /// Row and column of the cell.
        public var location: SourceLocation
    }

    /// One record: a row of the spreadsheet.
    public struct Record: Sendable, Hashable {
        /// The row number, from 1 (the header).
        public var row: Int
        /// The cells in column order.
        public var fields: [Field]

        /// True when every cell is empty or blank: a spreadsheet's trailing empty rows.
        public var isBlank: Bool { fields.allSatisfy { $0.value.allSatisfy(\.isWhitespace) } }
    }

    /// The field separator found in the header row: `,`, or `;` as spreadsheets in locales with
    /// a decimal comma (Nordic Excel) write it.
    public var delimiter: Character
    /// Whether the file starts with a UTF-8 byte order mark (Excel's "CSV UTF-8" writes one, and
    /// needs one to read the file back as UTF-8).
    public var hasByteOrderMark: Bool
    /// Every record, the header first.
    public var records: [Record]

    /// A column's letters as a spreadsheet shows them: 1 → A, 27 → AA.
    public static func columnName(_ column: Int) -> String {
        var number = column
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}
