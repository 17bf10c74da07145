/// `text.<language>.sources.yaml`: for each translated entry, the source text it was translated
/// from, recorded by `scalec refresh` after review.
struct SourceSnapshotSyntax {
    struct Entry {
        var key: Located<String>
        var fingerprint: Located<String>
        var source: Located<String>?
    }

    var edition: Located<String>
    var language: Located<String>
    var entries: [Entry]
}

extension SchemaDecoder {
    mutating func decodeSourceSnapshot(_ root: YAMLNode) -> SourceSnapshotSyntax? {
        guard let mapping = self.mapping(root, "source snapshot") else { return nil }
        let fields = self.fields(mapping, "source snapshot", SourceSnapshotShapes.file)
        guard checkSchema(fields["schema"]) else { return nil }
        let edition = fields["edition"].flatMap { id($0, "edition id", allowLeadingDigit: true) }
        let language = fields["language"].flatMap { languageTag($0) }
        var entries: [SourceSnapshotSyntax.Entry] = []
        if let node = fields["entries"], let map = self.mapping(node, "entries") {
            for entry in map.entries {
                guard let record = self.mapping(entry.value, "a snapshot entry") else { continue }
                let recordFields = self.fields(record, "snapshot entry", SourceSnapshotShapes.entry)
                guard let fingerprint = recordFields["fingerprint"].map({ text($0) }) else { continue }
                entries.append(
                    .init(
                        key: Located(entry.key.value, at: entry.key.location), fingerprint: fingerprint,
                        source: recordFields["source"].map { text($0) }))
            }
        }
        guard let edition, let language else { return nil }
        return SourceSnapshotSyntax(edition: edition, language: language, entries: entries)
    }
}
