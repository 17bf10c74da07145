/// One side of a review sheet: an edition in a language, with where its texts are written.
struct ReviewColumn {
    let text: TextSource
    let sources: ReviewSources
    let facts: TextFileFacts

    init(edition: EditionDefinition, language: LanguageTag, sources: ReviewSources) {
        text = TextSource(edition: edition, language: language)
        self.sources = sources
        facts = sources.facts(edition.id, language)
    }

    var edition: EditionDefinition { text.edition }
    var language: LanguageTag { text.language }

    /// `2008 · sv`, the column's heading.
    var heading: String { "\(edition.id) · \(language.rawValue)" }

    /// The classified cell of an entry of this column's edition.
    func cell(_ key: String, _ part: TextPart) -> ReviewCell {
        let found = text.entry(key, part)
        let value = found.value ?? ""
        switch found.status {
        case .requested:
            if let stale = facts.stale[key] {
                return ReviewCell(state: .stale(value, stale), language: language, location: facts.location(of: key))
            }
            return ReviewCell(state: .own(value), language: language, location: facts.location(of: key))
        case .fallback(let served):
            let location = sources.facts(edition.id, served).location(of: key)
            return ReviewCell(state: .fallback(value, served), language: language, location: location)
        case .absent, .absentShownFrom:
            return ReviewCell(state: .absent, language: language, location: facts.absentDeclaration(of: key, part))
        case .sourceLanguage, .missing:
            return ReviewCell(state: .missing, language: language, location: facts.insertionPoint(for: key))
        }
    }
}
