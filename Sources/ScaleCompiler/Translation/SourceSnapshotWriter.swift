/// Writes `text.<language>.sources.yaml`: the current source text of every entry the
/// translation has, so later changes to the source make those entries stale.
public enum SourceSnapshotWriter {
    /// Every entry the translation has, against today's source (what `scalec refresh` writes).
    public static func snapshot(of language: LanguageTag, in edition: EditionDefinition) -> String? {
        snapshot(of: language, in: edition, reviewed: nil, previous: [:])
    }

    /// Only the `reviewed` entries move to today's source; every other entry keeps the source
    /// text of the `previous` snapshot (and an entry without one stays out, as unreviewed), so a
    /// translation tool's `reviewed`/`final` marks clear exactly those entries' staleness.
    public static func snapshot(
        of language: LanguageTag, in edition: EditionDefinition, reviewed: Set<String>?, previous: [String: String]
    ) -> String? {
        guard language != edition.sourceLanguage, let translation = edition.text(in: language),
            let source = edition.text(in: edition.sourceLanguage)
        else { return nil }
        var lines: [String] = []
        for entry in TextEntries.sourceEntries(of: edition) {
            guard TextEntries.text(entry.key, in: translation) != nil, let current = TextEntries.text(entry.key, in: source)
            else { continue }
            let recorded = reviewed.map { $0.contains(entry.key) ? current : previous[entry.key] } ?? current
            guard let sourceText = recorded else { continue }
            lines.append("  \(entry.key):")
            lines.append("    fingerprint: \(YAMLText.scalar(Fingerprint.of(sourceText)))")
            lines.append("    source: \(YAMLText.scalar(sourceText))")
        }
        var out = "schema: 1\n"
        out += "# Written by `scalec refresh`: the \(edition.sourceLanguage) source text each entry of\n"
        out += "# text.\(language).yaml was translated from. Do not edit; refresh after reviewing a translation.\n"
        out += "edition: \(YAMLText.scalar(edition.id))\n"
        out += "language: \(YAMLText.scalar(language.rawValue))\n"
        out += lines.isEmpty ? "entries: {}\n" : "entries:\n" + lines.joined(separator: "\n") + "\n"
        return out
    }
}
