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
        out.reserveCapacity(text.utf8.count + 2)
        let scalars = text.unicodeScalars
        // Runs of scalars that stay as they are are copied whole: most text has no escape at all.
        var runStart = scalars.startIndex
        var index = runStart
        while index != scalars.endIndex {
            let next = scalars.index(after: index)
            if let escaped = escape(scalars[index]) {
                out += text[runStart..<index]
                out += escaped
                runStart = next
            }
            index = next
        }
        out += text[runStart..<scalars.endIndex]
        return out + "\""
    }

    /// How a scalar is written in a string literal; nil when it is written as itself.
    private static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\\": return "\\\\"
        case "\"": return "\\\""
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\0": return "\\0"
        default:
            // Printable ASCII and Latin-1 letters (the Nordic ones) need no property lookup.
            if (0x20..<0x7F).contains(scalar.value) || (0xC0...0xFF).contains(scalar.value) { return nil }
            return needsEscape(scalar) ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : nil
        }
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
