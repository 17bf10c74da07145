/// Writes YAML scalars that read back exactly, in the subset the reader accepts.
enum YAMLText {
    /// The text as a plain scalar when that reads back as the same text in every YAML tool, else
    /// double-quoted.
    static func plainOrQuoted(_ text: String) -> String {
        let indicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
        let safe =
            !text.isEmpty && !text.contains("\n") && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
            && text.first.map { !indicators.contains($0) && $0 != " " } == true && text.last != " "
            && PlainScalarTraps.reading(of: text) == nil && !text.unicodeScalars.contains { $0.value < 0x20 || SwiftLiteral.needsEscape($0) }
        return safe ? text : scalar(text)
    }

    /// A double-quoted scalar: always text, whatever it contains.
    static func scalar(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || SwiftLiteral.needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += scalar.value <= 0xFFFF
                        ? "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                        : "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
