/// A YAML file as the JSON an editor's schema validator sees: what `scalec schema --json-of`
/// prints, so the generated schemas can be checked against real files with an independent
/// JSON Schema validator.
///
/// The tree is our own reader's (the same duplicate-key, depth and subset checks as the
/// compiler); plain scalars are typed by the YAML 1.2 core schema, as yaml-language-server does,
/// and keys are strings. So an unquoted `2008` is a number and `yes` is text here, where the
/// compiler rejects YAML 1.1's readings of plain scalars on its own.
public enum YAMLAsJSON {
    /// The JSON text of a YAML tree, pretty-printed, ending in a newline.
    public static func json(of node: YAMLNode) -> String { value(of: node).text() + "\n" }

    static func value(of node: YAMLNode) -> OrderedJSON {
        switch node {
        case .scalar(let scalar): return scalar.style == .plain ? plain(scalar.value) : .string(scalar.value)
        case .sequence(let sequence): return .array(sequence.elements.map(value(of:)))
        case .mapping(let mapping): return .object(mapping.entries.map { ($0.key.value, value(of: $0.value)) })
        }
    }

    /// The YAML 1.2 core schema's reading of a plain scalar.
    static func plain(_ text: String) -> OrderedJSON {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if isInteger(text), let value = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) { return .int(value) }
        if text.hasPrefix("0o"), let value = Int(text.dropFirst(2), radix: 8) { return .int(value) }
        if text.hasPrefix("0x"), let value = Int(text.dropFirst(2), radix: 16) { return .int(value) }
        if isFloat(text), let value = Double(text), value.isFinite { return .double(value) }
        // `.inf` and `.nan` are numbers to YAML but have no JSON form; they stay text.
        return .string(text)
    }

    private static func isInteger(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ text: String) -> Bool {
        var rest = Substring(text)
        if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
        let mantissa = rest.prefix { $0 != "e" && $0 != "E" }
        let exponent = rest.dropFirst(mantissa.count)
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !whole.isEmpty || !fraction.isEmpty else { return false }
        if exponent.isEmpty { return true }
        var power = exponent.dropFirst()
        if power.first == "-" || power.first == "+" { power = power.dropFirst() }
        return !power.isEmpty && power.allSatisfy(\.isASCIIDigit)
    }
}
