/// Plain scalars that YAML 1.1 or 1.2 resolvers turn into something other than text.
enum PlainScalarTraps {
    private static let booleans: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off",
    ]
    private static let nulls: Set<String> = ["~", "null"]

    /// "a boolean", "null" or "a number" when other tools would not read `value` as text.
    static func reading(of value: String) -> String? {
        let lower = value.lowercased()
        if booleans.contains(lower) { return "a boolean" }
        if nulls.contains(lower) { return "null" }
        if looksNumeric(lower) { return "a number" }
        return nil
    }

    private static func looksNumeric(_ value: String) -> Bool {
        var body = Substring(value)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        if [".inf", ".nan"].contains(body) { return true }
        if body.hasPrefix("0x") || body.hasPrefix("0o") { return body.count > 2 && body.dropFirst(2).allSatisfy(\.isHexDigit) }
        let withoutSeparators = body.replacing("_", with: "")
        guard let first = withoutSeparators.first, first.isASCIIDigit || first == "." else { return false }
        return Double(withoutSeparators) != nil
    }
}
