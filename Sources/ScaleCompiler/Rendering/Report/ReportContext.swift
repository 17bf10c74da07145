/// What every part of a report needs: the page's language, its chrome, how it formats numbers
/// and dates, and how it marks text that is in another language than the page.
struct ReportContext {
    let page: LanguageTag
    let chrome: ReportChrome
    let isEnglishFallback: Bool
    var format: ReportFormat { ReportFormat(chrome: chrome) }

    init(_ language: LanguageTag) {
        page = language
        let resolved = ReportChrome.resolve(language)
        chrome = resolved.chrome
        isEnglishFallback = resolved.isEnglishFallback
    }

    /// Chrome words (or a filled template), marked with the chrome's language where it is not the page's.
    func words(_ text: String, _ values: [String: String] = [:]) -> String {
        marked(PageChrome.fill(text, values), in: chrome.language)
    }

    /// Text in `language`, escaped, with a `lang` attribute when that is not the page's language.
    func marked(_ text: String, in language: LanguageTag) -> String {
        language == page ? HTML.escape(text) : "<span lang=\"\(HTML.escape(language.rawValue))\">\(HTML.escape(text))</span>"
    }

    /// A text the scale looked up, marked with the language that served it.
    func marked(_ lookup: TextLookup<String>?, or fallback: String) -> String {
        guard let lookup else { return "<span translate=\"no\">\(HTML.escape(fallback))</span>" }
        return marked(lookup.value, in: lookup.served)
    }

    /// English text from the runtime (reasons, explanations, relation notes).
    func english(_ text: String) -> String { marked(text, in: "en") }

    /// The note shown on a page whose language has no report chrome.
    var fallbackNote: String {
        guard isEnglishFallback else { return "" }
        let note = PageChrome.fill(
            "The labels of this report are in English: scalec has none in {language} yet (Sources/ScaleCompiler/Rendering/Report/ReportChrome*.swift).",
            ["language": page.rawValue])
        return "<p class=\"chrome-note\" lang=\"en\">\(HTML.escape(note))</p>\n"
    }

    /// `Bemanning 1. Deltakerportefølje` with the item's number and title.
    func itemLabel(_ id: String, in edition: EditionDefinition) -> String {
        let number = edition.item(id).map { "\($0.number). " } ?? ""
        return number + marked(edition.itemTitle(id, in: page), or: id)
    }

    /// The band's label, or its id.
    func bandLabel(_ band: BandDefinition, in edition: EditionDefinition) -> String {
        marked(edition.bandLabel(band.id, in: page), or: band.id)
    }

    /// The review's date as the language writes it, or "not given".
    func date(of review: ReportedReview) -> String {
        review.reviewed.map { HTML.escape(format.date($0)) } ?? "<em>\(words(chrome.notGiven))</em>"
    }
}
