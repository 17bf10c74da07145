/// Reads a score file (YAML, or JSON, which the reader accepts as YAML's flow style).
///
/// Two shapes are accepted: a mapping of item id → score, or a sheet with `scores:` and an
/// optional `edition:`, `service:`, `reviewed:` and `note:`. Every score is checked against the
/// edition's items and levels, with located diagnostics.
public enum ScoreFileReader {
    private static let metadataKeys = ["service", "reviewed", "note"]

    public static func read(_ file: SourceFile, edition: EditionDefinition) -> (ScoreFile?, [Diagnostic]) {
        let isJSON = file.path.lowercased().hasSuffix(".json")
        let (root, readProblems) = YAMLReader.read(file, allowsTabIndentation: isJSON)
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
        if mapping.entries.contains(where: { $0.key.value == "scores" }) {
            let fields = decoder.fields(mapping, "score file", required: ["scores"], optional: ["edition"] + metadataKeys)
            editionID = fields["edition"].flatMap { decoder.id($0, "edition id", allowLeadingDigit: true) }
            for key in metadataKeys { if let node = fields[key] { metadata[key] = decoder.text(node).value } }
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
        let itemIDs = edition.items.map(\.id)
        var scores: [String: Int] = [:]
        for entry in scoresMapping.entries {
            guard itemIDs.contains(entry.key.value) else {
                let suggestion = Suggestions.closest(to: entry.key.value, in: itemIDs)
                decoder.error(
                    .unknownReference,
                    "edition '\(edition.id)' has no item '\(entry.key.value)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                    at: entry.key.location,
                    fixIts: suggestion.map { [.init(at: entry.key.location, length: entry.key.sourceLength, replacement: $0)] } ?? [])
                continue
            }
            guard let score = decoder.integer(entry.value) else { continue }
            guard edition.levels.contains(score.value) else {
                decoder.error(
                    .levelOutOfRange,
                    "score \(score.value) for '\(entry.key.value)' is outside the levels \(edition.levels.lowerBound)–\(edition.levels.upperBound)",
                    at: score.location)
                continue
            }
            scores[entry.key.value] = score.value
        }
        let problems = readProblems + decoder.diagnostics
        let failed = problems.contains { $0.severity == .error }
        return (failed ? nil : ScoreFile(edition: editionID, metadata: metadata, scores: scores), problems)
    }
}
