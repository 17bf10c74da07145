extension SchemaDecoder {
    /// The remarks of a score file (`notes:`, `strengths:`, `recommendations:`, `evaluators:`):
    /// notes only for the edition's items, every text non-empty, lists of text only.
    mutating func decodeRemarks(_ fields: [String: YAMLNode], edition: EditionDefinition) -> ReviewRemarks {
        var remarks = ReviewRemarks()
        if let node = fields["notes"], let mapping = mapping(node, "notes") {
            for entry in mapping.entries {
                guard edition.item(entry.key.value) != nil else {
                    unknownItem(entry.key, in: edition)
                    continue
                }
                let note = text(entry.value)
                if !note.value.isEmpty { remarks.notes[entry.key.value] = note.value }
            }
        }
        remarks.strengths = texts(fields["strengths"], "strengths")
        remarks.recommendations = texts(fields["recommendations"], "recommendations")
        remarks.evaluators = texts(fields["evaluators"], "evaluators")
        return remarks
    }

    /// An item id the edition does not have, at the key, with "did you mean".
    mutating func unknownItem(_ key: YAMLScalar, in edition: EditionDefinition) {
        let suggestion = suggestions.closest(to: key.value, in: edition.items.map(\.id))
        error(
            .unknownReference,
            "edition '\(edition.id)' has no item '\(key.value)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
            at: key.location,
            fixIts: suggestion.map { [.init(at: key.location, length: key.sourceLength, replacement: $0)] } ?? [])
    }

    /// A list of non-empty texts; nothing when the key is absent.
    private mutating func texts(_ node: YAMLNode?, _ what: String) -> [String] {
        guard let node, let list = sequence(node, what) else { return [] }
        return list.map { text($0).value }.filter { !$0.isEmpty }
    }
}
