/// What a review sheet shows beyond the compiled scale, read from the scale folder: the file
/// and line of every entry, where parts are declared absent, and for each stale entry the
/// source text it was translated from and the source text now.
///
/// Stale entries are the ones the compile found (``CompilationResult/translations``, the same
/// check `scalec check` reports as `stale-translation`); their earlier source texts come from the
/// snapshots, as for an XLIFF export (``XLIFFSnapshotSources``).
public struct ReviewSources: Sendable {
    private var files: [String: TextFileFacts] = [:]

    /// No sources: the sheet names each entry's file but no line, and marks nothing stale.
    public init() {}

    /// Reads the text files of every edition of `scale` in `source`; `translations` are the
    /// compile's freshness findings.
    public init(source: ScaleSource, scale: ScaleDefinition, translations: [TranslationStatus]) {
        for entry in source.entries {
            guard case .text(let editionID, let tag) = ScaleFileRole(relativePath: entry.relativePath),
                let edition = scale.edition(editionID), let root = YAMLReader.read(entry.file).root
            else { continue }
            var decoder = SchemaDecoder()
            guard let syntax = decoder.decodeTextFile(root) else { continue }
            let language = LanguageTag(tag)
            var facts = Self.facts(of: syntax, file: entry.relativePath)
            if let status = translations.first(where: { $0.edition == editionID && $0.language == language }),
                !status.stale.isEmpty
            {
                let was = XLIFFSnapshotSources.previousSources(in: source, edition: editionID, language: language)
                let current = edition.text(in: edition.sourceLanguage)
                for key in status.stale {
                    facts.stale[key] = .init(
                        source: edition.sourceLanguage, was: was[key], now: current.flatMap { TextEntries.text(key, in: $0) })
                }
            }
            files[Self.key(editionID, language)] = facts
        }
    }

    /// The facts of an edition's text file in a language (its name alone when it was not read).
    func facts(_ edition: String, _ language: LanguageTag) -> TextFileFacts {
        files[Self.key(edition, language)] ?? .unread(edition: edition, language: language)
    }

    private static func key(_ edition: String, _ language: LanguageTag) -> String { "\(edition)\n\(language.rawValue)" }

    private static func facts(of syntax: TextFileSyntax, file: String) -> TextFileFacts {
        var facts = TextFileFacts(file: file)
        facts.entryLines = TextEntryLocations.index(syntax).mapValues(\.line)
        for part in syntax.absent { facts.absentLines[part.value.rawValue] = part.location.line }
        for item in syntax.items {
            facts.itemLines[item.id.value] = item.id.location.line
            for part in item.absent { facts.absentLines["items.\(item.id.value).\(part.value.rawValue)"] = part.location.line }
        }
        return facts
    }
}
