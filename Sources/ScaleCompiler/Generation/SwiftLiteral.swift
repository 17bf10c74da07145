/// The one place generated code turns text into Swift source.
public enum SwiftLiteral {
    /// `["a", "b"]`: an array literal of string literals.
    public static func strings(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ", ") + "]" }

    /// A double-quoted Swift string literal that evaluates to exactly `text`.
    ///
    /// Backslashes, quotes, line breaks and every control or invisible formatting character
    /// (bidirectional overrides among them) are escaped; letters, marks and emoji stay as they
    /// are, so the generated source reads like the YAML it came from.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                if needsEscape(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Control, format (bidi overrides, zero-width), separator, private-use and unassigned
    /// characters are written as `\u{…}` so they cannot hide in the source.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
            return true
        default:
            return false
        }
    }

    /// Text for a `///` doc comment: one line per source line, nothing that could end or break
    /// the comment.
    public static func docLines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.unicodeScalars.filter { !needsEscape($0) }))
                .trimmingTrailingSpaces()
        }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
