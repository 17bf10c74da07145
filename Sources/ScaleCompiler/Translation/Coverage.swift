/// Per edition and language: which entries are present, stale, unverified, declared absent,
/// served by a declared fallback, or missing.
public struct Coverage: Sendable, Hashable, Codable {
    public struct Row: Sendable, Hashable, Codable {
        public var edition: String
        public var language: String
        public var isSource: Bool
        /// Entries the source language has, which every language is measured against.
        public var entries: Int
        public var present: Int
        /// Present, but translated from a source text that has changed since.
        public var stale: Int
        /// Present, with no snapshot saying which source text it was translated from.
        public var unverified: Int
        /// Declared absent (`absent:`): the source material has no such text.
        public var absent: Int
        /// Missing here but served by a declared fallback language (not the source).
        public var fallback: Int
        public var fallbackLanguages: [String]
        /// Missing, served only by the source language.
        public var missing: Int
        /// `present / (entries - absent)`, in percent.
        public var percentPresent: Double
        /// Paragraphs of manual material (guidance, examples, …), written per language.
        public var manualParagraphs: Int
        /// The keys of the missing and stale entries, for localisers.
        public var missingKeys: [String]
        public var staleKeys: [String]
    }

    public var rows: [Row]

    public init(scale: ScaleDefinition, translations: [TranslationStatus]) {
        let allLanguages = Set(scale.editions.flatMap(\.languages))
        rows = scale.editions.flatMap { edition in
            let languages = edition.languages + allLanguages.subtracting(edition.languages).sorted { $0.rawValue < $1.rawValue }
            return languages.map { language in
                Self.row(edition, language, status: translations.first { $0.edition == edition.id && $0.language == language })
            }
        }
    }

    static func row(_ edition: EditionDefinition, _ language: LanguageTag, status: TranslationStatus?) -> Row {
        let entries = TextEntries.sourceEntries(of: edition)
        let text = edition.text(in: language)
        let isSource = language == edition.sourceLanguage
        var row = Row(
            edition: edition.id, language: language.rawValue, isSource: isSource, entries: entries.count, present: 0,
            stale: 0, unverified: 0, absent: 0, fallback: 0, fallbackLanguages: [], missing: 0, percentPresent: 0,
            manualParagraphs: text.map(TextEntries.manualParagraphs) ?? 0, missingKeys: [], staleKeys: [])
        let chain = edition.fallbackChain(for: language).dropFirst().filter { $0 != edition.sourceLanguage }
        var servedBy: Set<String> = []
        for entry in entries {
            if let text, TextEntries.text(entry.key, in: text) != nil {
                row.present += 1
                if status?.stale.contains(entry.key) == true {
                    row.stale += 1
                    row.staleKeys.append(entry.key)
                } else if !isSource, status?.verified.contains(entry.key) != true {
                    row.unverified += 1
                }
                continue
            }
            if let text, isAbsent(entry, in: text) {
                row.absent += 1
                continue
            }
            if let served = chain.first(where: { edition.text(in: $0).flatMap { TextEntries.text(entry.key, in: $0) } != nil }) {
                row.fallback += 1
                servedBy.insert(served.rawValue)
                continue
            }
            row.missing += 1
            row.missingKeys.append(entry.key)
        }
        row.fallbackLanguages = servedBy.sorted()
        let expected = row.entries - row.absent
        row.percentPresent = expected == 0 ? 100 : (Double(row.present) / Double(expected) * 1000).rounded() / 10
        return row
    }

    private static func isAbsent(_ entry: TextEntries.Entry, in text: EditionText) -> Bool {
        if text.absent.contains(entry.part) { return true }
        let parts = entry.key.split(separator: ".")
        guard parts.count > 2, parts[0] == "items" else { return false }
        return text.items[String(parts[1])]?.absent.contains(entry.part) == true
    }
}
