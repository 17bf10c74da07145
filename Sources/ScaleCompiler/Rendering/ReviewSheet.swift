/// A side-by-side review sheet: one edition in two languages (nb | sv), or two editions through
/// their relations (sv 2008 | sv-FI 2026).
///
/// At the top, a summary (per column: entries, own texts, and each mark's count) and a legend;
/// then the scale title, each section under its heading with its items, the bands and the data
/// sources. Every entry shows its key (`items.caseload-size.levels.3`) and, per column, the
/// file and line it is written at. Texts that are missing, declared absent, served by a
/// fallback, stale (with the old and the new source text) or, for close languages, worded
/// differently carry a mark with a colour, a symbol and a label. Every text is marked with its
/// language; the page's own words are in the page's language (English where it has none, said
/// on the page). Self-contained: no script, no network, a print stylesheet for A4.
public enum ReviewSheet {
    /// The sheet's HTML.
    ///
    /// - Parameters:
    ///   - sources: file, line and staleness facts read from the scale folder; without them the
    ///     sheet names each entry's file but no line and marks nothing stale.
    ///   - pageLanguage: the language of the page's own words (default: the left column's).
    public static func render(
        scale: ScaleDefinition, left: (edition: EditionDefinition, language: LanguageTag),
        right: (edition: EditionDefinition, language: LanguageTag), sources: ReviewSources = ReviewSources(),
        pageLanguage: LanguageTag? = nil
    ) -> String {
        let requested = pageLanguage ?? left.language
        let (chrome, englishFallback) = PageChrome.resolve(requested)
        let page = ReviewPage(
            scale: scale, left: ReviewColumn(edition: left.edition, language: left.language, sources: sources),
            right: ReviewColumn(edition: right.edition, language: right.language, sources: sources), chrome: chrome)
        var body = header(page, scaleID: scale.id, englishFallbackFor: englishFallback ? requested : nil)
        body += ReviewSummary(page.rows).html(page)
        body += ReviewLegend.html(page)
        body += "</header>\n<main>\n\(ReviewSheetBody.html(page))</main>\n"
        let title = "\(chrome.reviewSheet): \(page.left.text.title) | \(page.right.text.title)"
        return HTML.page(title: title, language: chrome.language.rawValue, body: body)
    }

    private static func header(_ page: ReviewPage, scaleID: String, englishFallbackFor requested: LanguageTag?) -> String {
        let chrome = page.chrome
        var out = "<header>\n<h1><span class=\"kind\">\(HTML.escape(chrome.reviewSheet))</span> "
        out += "\(title(page.left)) <span class=\"divider\">|</span> \(title(page.right))</h1>\n"
        out += "<p class=\"meta\"><span translate=\"no\">\(HTML.escape(scaleID))</span> · "
        out += "<span translate=\"no\">\(HTML.escape(page.left.heading))</span> | <span translate=\"no\">\(HTML.escape(page.right.heading))</span></p>\n"
        if let requested {
            out += "<p class=\"chrome-note\" lang=\"en\">"
            out += "\(HTML.escape(PageChrome.fill(PageChrome.englishFallbackNote, ["language": requested.rawValue])))</p>\n"
        }
        out += "<p class=\"how\">\(HTML.escape(chrome.howToRead))\(page.close ? " " + HTML.escape(chrome.wordsCompared) : "")</p>\n"
        return out
    }

    /// The column's scale title, in the language that served it.
    private static func title(_ column: ReviewColumn) -> String {
        ReviewSheetBody.span(column, "title", .title) ?? "<span translate=\"no\">\(HTML.escape(column.edition.id))</span>"
    }
}
