/// Compares a translation's snapshot with the current source text: an entry whose source changed
/// since it was translated is stale, reported at the translation with the old and new source.
struct StalenessCheck {
    let edition: EditionDefinition
    let translation: TextFileSyntax
    let snapshot: SourceSnapshotSyntax
    let severity: Diagnostic.Severity
    var diagnostics: [Diagnostic] = []

    init(edition: EditionDefinition, translation: TextFileSyntax, snapshot: SourceSnapshotSyntax, severity: Diagnostic.Severity) {
        self.edition = edition
        self.translation = translation
        self.snapshot = snapshot
        self.severity = severity
    }

    mutating func run() -> TranslationStatus {
        let language = LanguageTag(translation.language.value)
        var status = TranslationStatus(
            edition: edition.id, language: language, hasSnapshot: true, stale: [], verified: [])
        guard let source = edition.text(in: edition.sourceLanguage) else { return status }
        let locations = TextEntryLocations.index(translation)
        for record in snapshot.entries {
            let key = record.key.value
            guard let location = locations[key] else { continue }  // no longer translated
            let current = TextEntries.text(key, in: source)
            if let current, Fingerprint.of(current) == record.fingerprint.value {
                status.verified.insert(key)
                continue
            }
            status.stale.insert(key)
            var notes: [Diagnostic.Note] = []
            if let old = record.source?.value { notes.append(.init("\(edition.sourceLanguage) was: \(Self.excerpt(old))", at: record.key.location)) }
            notes.append(.init(current.map { "\(edition.sourceLanguage) is now: \(Self.excerpt($0))" } ?? "the source entry no longer exists"))
            notes.append(.init("after review, run `scalec refresh <scale> --edition \(edition.id) --language \(language)`"))
            diagnostics.append(
                Diagnostic(
                    severity, .staleTranslation,
                    "'\(key)' in '\(language)' was translated from a \(edition.sourceLanguage) text that has changed since",
                    at: location, notes: notes))
        }
        return status
    }

    static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return flat.count > 160 ? String(flat.prefix(157)) + "…" : flat
    }
}

/// Where each entry of a text file was written.
enum TextEntryLocations {
    static func index(_ syntax: TextFileSyntax) -> [String: SourceLocation] {
        var result: [String: SourceLocation] = [:]
        if let title = syntax.title { result["title"] = title.location }
        for entry in syntax.sections { result["sections.\(entry.key.value)"] = entry.text.location }
        for entry in syntax.bands { result["bands.\(entry.key.value)"] = entry.text.location }
        for entry in syntax.dataSources { result["data-sources.\(entry.key.value)"] = entry.text.location }
        for item in syntax.items {
            let prefix = "items.\(item.id.value)"
            if let title = item.title { result["\(prefix).title"] = title.location }
            if let definition = item.definition { result["\(prefix).definition"] = definition.location }
            if let note = item.note { result["\(prefix).note"] = note.location }
            for (level, text) in item.levels { result["\(prefix).levels.\(level.value)"] = text.location }
            for criterion in item.criteria { result["\(prefix).criteria.\(criterion.key.value)"] = criterion.text.location }
        }
        return result
    }
}
