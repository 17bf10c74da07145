/// Types the located YAML tree by the schema, one value at a time, collecting every problem.
///
/// Each method returns nil after recording a diagnostic, so callers decode what they can and
/// the compiler reports all errors of a file in one run.
struct SchemaDecoder {
    /// The `schema:` versions this compiler reads.
    static let supportedSchemas = 1...1

    var diagnostics: [Diagnostic] = []
    /// "Did you mean" searches left for this file.
    var suggestions = SuggestionBudget()

    mutating func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, notes: [Diagnostic.Note] = [],
        fixIts: [Diagnostic.FixIt] = []
    ) {
        diagnostics.append(.error(code, message, at: location, notes: notes, fixIts: fixIts))
    }

    // MARK: Containers

    mutating func mapping(_ node: YAMLNode, _ what: String) -> YAMLMapping? {
        if case .mapping(let mapping) = node { return mapping }
        error(.wrongType, "\(what) must be a mapping, found \(node.kindDescription)", at: node.location)
        return nil
    }

    mutating func sequence(_ node: YAMLNode, _ what: String) -> [YAMLNode]? {
        if case .sequence(let sequence) = node { return sequence.elements }
        error(.wrongType, "\(what) must be a list, found \(node.kindDescription)", at: node.location)
        return nil
    }

    /// The keys the last ``fields(_:_:required:optional:)`` call suggested for misspelt ones: a
    /// misspelt key is one mistake, so callers do not report its key as missing too.
    private(set) var misspeltKeys: Set<String> = []

    /// The mapping's values by key, after reporting unknown keys (with "did you mean") and
    /// missing required keys. A required key that a misspelt key was taken for is not reported
    /// missing: the "did you mean" error is the one error for that mistake.
    mutating func fields(
        _ mapping: YAMLMapping, _ what: String, required: [String], optional: [String] = []
    ) -> [String: YAMLNode] {
        let allowed = required + optional
        var values: [String: YAMLNode] = [:]
        var misspelt: Set<String> = []
        defer { misspeltKeys = misspelt }
        for entry in mapping.entries {
            guard allowed.contains(entry.key.value) else {
                let suggestion = suggestions.closest(to: entry.key.value, in: allowed)
                if let suggestion { misspelt.insert(suggestion) }
                let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; expected one of: \(allowed.joined(separator: ", "))"
                error(
                    .unknownKey, "unknown key '\(entry.key.value)' in \(what)\(hint)", at: entry.key.location,
                    fixIts: suggestion.map { [.init(at: entry.key.location, length: entry.key.sourceLength, replacement: $0)] } ?? [])
                continue
            }
            if values[entry.key.value] == nil { values[entry.key.value] = entry.value }
        }
        for key in required where values[key] == nil && !misspelt.contains(key) {
            error(.missingKey, "\(what) is missing the key '\(key)'", at: mapping.location)
        }
        return values
    }

    /// The mapping's values by key, with the keys and which of them are required taken from the
    /// shape the JSON Schemas are generated from (see ``ObjectShape``).
    mutating func fields(_ mapping: YAMLMapping, _ what: String, _ shape: ObjectShape) -> [String: YAMLNode] {
        fields(mapping, what, required: shape.required, optional: shape.optional)
    }

    /// Checks `schema:`; false when the file cannot be read with this schema version.
    mutating func checkSchema(_ node: YAMLNode?) -> Bool {
        guard let node, let version = integer(node) else { return node == nil }
        guard Self.supportedSchemas.contains(version.value) else {
            error(
                .unsupportedSchema,
                "schema \(version.value) is not supported; the highest supported schema is \(Self.supportedSchemas.upperBound)",
                at: version.location)
            return false
        }
        return true
    }

    // MARK: Scalars

    mutating func scalar(_ node: YAMLNode, _ what: String) -> YAMLScalar? {
        if case .scalar(let scalar) = node {
            // `kind:` with nothing after it (or `{id: x, kind}`): say so, not "'' is not valid".
            if scalar.value.isEmpty, scalar.style == .plain, what != "text" {
                error(.missingKey, "no value given where \(what) is expected", at: scalar.location)
                return nil
            }
            return scalar
        }
        error(.wrongType, "\(what) must be a single value, found \(node.kindDescription)", at: node.location)
        return nil
    }

    /// Free text. Plain scalars that other YAML tools would read as a boolean, null or number
    /// are rejected, so that the file means the same everywhere.
    ///
    /// After an error the text is still returned (empty for a non-scalar), so the key counts as
    /// written and is not reported again as missing; the error keeps anything from being generated.
    mutating func text(_ node: YAMLNode) -> Located<String> {
        guard let scalar = scalar(node, "text") else { return Located("", at: node.location) }
        if scalar.style == .plain, let reading = PlainScalarTraps.reading(of: scalar.value) {
            let quoted = "\"\(scalar.value)\""
            error(
                .ambiguousPlainScalar,
                "unquoted '\(scalar.value)' is read as \(reading) by YAML 1.1 tools; quote it to keep it as text",
                at: scalar.location,
                fixIts: [.init(at: scalar.location, length: scalar.sourceLength, replacement: quoted)])
        } else if scalar.value.isEmpty {
            error(.invalidValue, "text must not be empty", at: scalar.location)
        }
        return Located(scalar.value, at: scalar.location)
    }

    /// A stable id: lower-case letters, digits and single hyphens (`caseload-size`).
    mutating func id(_ node: YAMLNode, _ what: String, allowLeadingDigit: Bool = false) -> Located<String>? {
        guard let scalar = scalar(node, what) else { return nil }
        guard IDSyntax.isValid(scalar.value, allowLeadingDigit: allowLeadingDigit) else {
            let suggestion = IDSyntax.slug(from: scalar.value)
            error(
                .invalidID,
                "'\(scalar.value)' is not a valid \(what): use lower-case letters, digits and single hyphens"
                    + (allowLeadingDigit ? "" : ", starting with a letter"),
                at: scalar.location,
                fixIts: suggestion.map { [.init(at: scalar.location, length: scalar.sourceLength, replacement: $0)] } ?? [])
            return nil
        }
        return Located(scalar.value, at: scalar.location)
    }

    /// A whole number written plainly (`5`, `-1`); `08` and quoted numbers are rejected.
    mutating func integer(_ node: YAMLNode) -> Located<Int>? {
        guard let scalar = scalar(node, "a number") else { return nil }
        return number(scalar, allowFraction: false).map { Located(Int($0.value), at: $0.location) }
    }

    /// A decimal number written plainly (`20`, `64.5`).
    mutating func decimal(_ node: YAMLNode) -> Located<Double>? {
        guard let scalar = scalar(node, "a number") else { return nil }
        return number(scalar, allowFraction: true)
    }

    private mutating func number(_ scalar: YAMLScalar, allowFraction: Bool) -> Located<Double>? {
        let expected = allowFraction ? "a number" : "a whole number"
        guard scalar.style == .plain else {
            error(
                .wrongType, "expected \(expected), found quoted text '\(scalar.value)'", at: scalar.location,
                fixIts: [.init(at: scalar.location, length: scalar.sourceLength, replacement: scalar.value)])
            return nil
        }
        let text = scalar.value
        let digits = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let isWellFormed =
            !digits.isEmpty && parts.count <= (allowFraction ? 2 : 1)
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
        guard isWellFormed, let value = Double(text), digits.count <= 15 else {
            error(.invalidNumber, "expected \(expected), found '\(text)'", at: scalar.location)
            return nil
        }
        if parts[0].count > 1, parts[0].hasPrefix("0") {
            let fixed = (text.hasPrefix("-") ? "-" : "") + Interval.format(value)
            error(
                .invalidNumber,
                "'\(text)' has a leading zero, which YAML 1.1 tools read as an octal number; write \(fixed)",
                at: scalar.location, fixIts: [.init(at: scalar.location, length: scalar.sourceLength, replacement: fixed)])
            return nil
        }
        return Located(value, at: scalar.location)
    }

    /// One of a fixed set of words (`rated`, `measured`, `criteria`).
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ what: String) -> Located<Choice>?
    where Choice.RawValue == String, Choice: Sendable & Hashable {
        guard let scalar = scalar(node, what) else { return nil }
        if let value = Choice(rawValue: scalar.value) { return Located(value, at: scalar.location) }
        let options = Choice.allCases.map(\.rawValue)
        let suggestion = suggestions.closest(to: scalar.value, in: options)
        error(
            .invalidValue,
            "'\(scalar.value)' is not a valid \(what); expected one of: \(options.joined(separator: ", "))"
                + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
            at: scalar.location,
            fixIts: suggestion.map { [.init(at: scalar.location, length: scalar.sourceLength, replacement: $0)] } ?? [])
        return nil
    }

    /// A BCP 47 language tag.
    mutating func languageTag(_ node: YAMLNode) -> Located<String>? {
        guard let scalar = scalar(node, "language tag") else { return nil }
        if let problem = LanguageTagSyntax.problem(in: scalar.value) {
            let fixed = scalar.value.replacing("_", with: "-")
            let fixIts: [Diagnostic.FixIt] =
                fixed != scalar.value && LanguageTagSyntax.problem(in: fixed) == nil
                ? [.init(at: scalar.location, length: scalar.sourceLength, replacement: fixed)] : []
            error(
                .invalidLanguageTag, "'\(scalar.value)' is not a BCP 47 language tag: \(problem)", at: scalar.location,
                fixIts: fixIts)
            return nil
        }
        return Located(scalar.value, at: scalar.location)
    }
}
