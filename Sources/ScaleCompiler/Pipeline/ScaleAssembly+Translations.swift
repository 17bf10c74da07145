// Translation freshness (snapshots) and partial translations, counted as `scalec coverage` counts.
extension ScaleAssembly {
    /// Stale entries of each translation that has a snapshot; every translation gets a status.
    mutating func checkFreshness(_ edition: EditionDefinition, translations: [(language: String, syntax: TextFileSyntax)]) {
        var pending = snapshots[edition.id] ?? [:]
        for (language, syntax) in translations {
            guard let entry = pending.removeValue(forKey: language) else {
                translationStatuses.append(
                    TranslationStatus(edition: edition.id, language: LanguageTag(language), hasSnapshot: false, stale: [], verified: []))
                continue
            }
            var decoder = SchemaDecoder()
            let snapshot = read(entry).flatMap { decoder.decodeSourceSnapshot($0) }
            diagnostics += decoder.diagnostics
            guard let snapshot else { continue }
            var check = StalenessCheck(
                edition: edition, translation: syntax, snapshot: snapshot, severity: staleAsWarnings ? .warning : staleSeverity[language]?.value ?? .warning)
            translationStatuses.append(check.run())
            diagnostics += check.diagnostics
        }
        for (language, entry) in pending.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(
                .warning(
                    .unexpectedFile, "a source snapshot for '\(language)', which edition '\(edition.id)' has no text file for; it is ignored",
                    at: .init(file: entry.file.path, line: 1, column: 1)))
        }
    }

    /// One warning per partial translation, counting entries exactly as `scalec coverage` does.
    mutating func reportPartialTranslations(_ editions: [EditionDefinition]) {
        for partial in partialTranslations {
            guard let edition = editions.first(where: { $0.id == partial.edition }) else { continue }
            let status = translationStatuses.first { $0.edition == edition.id && $0.language == partial.language }
            let row = Coverage.row(edition, partial.language, status: status)
            let lacking = row.missing + row.fallback
            guard lacking > 0 else { continue }
            let served = row.fallback > 0 ? ", \(row.fallback) of them served by \(row.fallbackLanguages.joined(separator: ", "))" : ""
            diagnostics.append(
                .warning(
                    .missingTranslation,
                    "'\(partial.language.rawValue)' lacks \(lacking) of \(row.entries - row.absent) entries (the first: \(partial.first))\(served); `scalec coverage --details` lists them, `absent:` declares parts the source material does not have",
                    at: partial.location))
        }
    }
}
