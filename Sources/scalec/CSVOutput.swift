/// Writes CSV as RFC 4180 says (CRLF line ends, fields with a separator, quote or line break
/// quoted, quotes doubled), with the separator the input used (`,`, or `;` for a spreadsheet
/// from a decimal-comma locale, so it opens back in the same spreadsheet), guarded against
/// spreadsheet formula injection.
///
/// A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
/// formula when the file is opened in a spreadsheet (a service named `=HYPERLINK(…)`); such a
/// cell is written with a leading `'`, which spreadsheets read as "this is text". Numbers the
/// report computes are written as they are.
enum CSVOutput {
    /// One cell of output: text from input (guarded) or a number the report computed.
    enum Cell {
        case text(String)
        case number(Int)
    }

    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func line(_ cells: [Cell], separator: Character = ",") -> String {
        cells.map { cell in
            switch cell {
            case .number(let value): String(value)
            case .text(let text): quoted(guarded(text))
            }
        }.joined(separator: String(separator)) + "\r\n"
    }

    static func guarded(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    private static func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return text }
        return "\"" + text.replacing("\"", with: "\"\"") + "\""
    }
}
