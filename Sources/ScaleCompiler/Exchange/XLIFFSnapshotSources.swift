/// The source texts a translation was last reviewed against, from its snapshot
/// (`<edition>/text.<language>.sources.yaml`, written by `scalec refresh`), so that an export can
/// show a translator what a stale entry was translated from.
public enum XLIFFSnapshotSources {
    /// Entry key → the source text recorded for it; empty when there is no snapshot or it does
    /// not read (the compile reports that).
    public static func previousSources(in source: ScaleSource, edition: String, language: LanguageTag) -> [String: String] {
        let relativePath = "\(edition)/text.\(language.rawValue).sources.yaml"
        guard let entry = source.entries.first(where: { $0.relativePath == relativePath }),
            let root = YAMLReader.read(entry.file).root
        else { return [:] }
        var decoder = SchemaDecoder()
        guard let snapshot = decoder.decodeSourceSnapshot(root) else { return [:] }
        var result: [String: String] = [:]
        for record in snapshot.entries {
            if let text = record.source?.value { result[record.key.value] = text }
        }
        return result
    }
}
