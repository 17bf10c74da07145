/// Reads a score file (YAML, or JSON, which the reader accepts as YAML's flow style).
///
/// Two shapes are accepted: a mapping of item id → score, or a sheet with `scores:` and an
/// optional `edition:`, `service:`, `reviewed:` and `note:`, and for reports `notes:` (item id →
/// the evaluator's reasons), `strengths:`, `recommendations:` and `evaluators:` (lists of text). Every score is checked against the
/// edition's items and levels, with located diagnostics.
public enum ScoreFileReader {
    private static let metadataKeys = ["service", "reviewed", "note"]

    public static func read(_ file: SourceFile, edition: EditionDefinition) -> (ScoreFile?, [Diagnostic]) {
        read(file, parsed: parse(file), edition: edition)
    }

    /// The file's YAML tree, read as score files are read (JSON may indent with tabs).
    public static func parse(_ file: SourceFile) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        YAMLReader.read(file, allowsTabIndentation: file.path.lowercased().hasSuffix(".json"))
    }

    /// A score file whose tree was read already (see ``parse(_:)``), so it is parsed once.
    public static func read(
        _ file: SourceFile, parsed: (root: YAMLNode?, diagnostics: [Diagnostic]), edition: EditionDefinition
    ) -> (ScoreFile?, [Diagnostic]) {
        let (root, readProblems) = parsed
        guard let root else {
            if readProblems.isEmpty {
                return (nil, [.error(.emptyFile, "score file is empty", at: .init(file: file.path, line: 1, column: 1))])
            }
            return (nil, readProblems)
        }
        var decoder = SchemaDecoder()
        guard let mapping = decoder.mapping(root, "a score file") else { return (nil, decoder.diagnostics) }
        var scoresMapping = mapping
        var editionID: Located<String>?
        var metadata: [String: String] = [:]
        var remarkFields: [String: YAMLNode] = [:]
        if mapping.entries.contains(where: { $0.key.value == "scores" }) {
            let fields = decoder.fields(
                mapping, "score file", required: ["scores"], optional: ["edition"] + metadataKeys + ReviewRemarks.keys)
            editionID = fields["edition"].flatMap { decoder.id($0, "edition id", allowLeadingDigit: true) }
            for key in metadataKeys { if let node = fields[key] { metadata[key] = decoder.text(node).value } }
            remarkFields = fields.filter { ReviewRemarks.keys.contains($0.key) }
            guard let node = fields["scores"], let inner = decoder.mapping(node, "scores") else {
                return (nil, decoder.diagnostics)
            }
            scoresMapping = inner
        }
        if let editionID, editionID.value != edition.id {
            decoder.error(
                .editionMismatch, "score file is for edition '\(editionID.value)', not '\(edition.id)'",
                at: editionID.location)
        }
        var scores: [String: Int] = [:]
        var findings: [String: LevelFinding] = [:]
        var factsByItem: [String: ItemFacts] = [:]
        for entry in scoresMapping.entries {
            guard let item = edition.item(entry.key.value) else {
                decoder.unknownItem(entry.key, in: edition)
                continue
            }
            guard let facts = decoder.decodeFacts(entry.value, item: item) else { continue }
            let finding: LevelFinding
            do { finding = try edition.level(for: entry.key.value, from: facts) } catch {
                decoder.error(code(for: error), "\(error)", at: location(of: error, in: entry.value))
                continue
            }
            if case .level = facts.observation {} else {
                findings[entry.key.value] = finding
                factsByItem[entry.key.value] = facts
            }
            if let level = finding.level { scores[entry.key.value] = level }
        }
        let remarks = decoder.decodeRemarks(remarkFields, edition: edition)
        let problems = readProblems + decoder.diagnostics
        let failed = problems.contains { $0.severity == .error }
        return (failed ? nil : ScoreFile(
                edition: editionID, metadata: metadata, scores: scores, findings: findings, facts: factsByItem,
                remarks: remarks), problems)
    }

    /// Where in an item's facts the error is: the `level`, the condition or count it is about.
    private static func location(of error: FactsError, in node: YAMLNode) -> SourceLocation {
        guard case .mapping(let mapping) = node else { return node.location }
        let key: String? =
            switch error {
            case .breaksRule: "level"
            case .invalidCount(_, let fact, _, _), .inapplicableFact(_, let fact, _): fact
            case .invalidQuotient: "count"
            default: nil
            }
        return key.flatMap { key in mapping.entries.first { $0.key.value == key }?.value.location } ?? node.location
    }

    private static func code(for error: FactsError) -> DiagnosticCode {
        switch error {
        case .levelOutOfRange: .levelOutOfRange
        case .unknownItem, .unknownCriterion, .unknownCondition: .unknownReference
        case .repeatedCriterion: .duplicateID
        case .wrongObservation, .empty, .invalidQuotient, .notSingle, .invalidCount, .outsideDomain: .invalidValue
        case .breaksRule: .levelBreaksRule
        case .inapplicableFact: .unknownKey
        }
    }
}
