/// Plain scalars that YAML 1.1 or 1.2 resolvers turn into something other than text.
enum PlainScalarTraps {
    private static let booleans: Set<String> = [
        "y", "n", "yes", "no", "true", "false", "on", "off",
    ]
    private static let nulls: Set<String> = ["~", "null"]

    /// "a boolean", "null" or "a number" when other tools would not read `value` as text.
    static func reading(of value: String) -> String? {
        // Most scalars are prose: a boolean or null is at most five bytes, and a number starts
        // (after its sign) with a digit or a point, so anything else is text without lower-casing.
        let utf8 = value.utf8
        guard let first = utf8.first else { return nil }
        let lead = first == UInt8(ascii: "-") || first == UInt8(ascii: "+") ? utf8.dropFirst().first : first
        let couldBeNumber = lead.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") } ?? false
        guard couldBeNumber || utf8.count <= 5 else { return nil }
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
