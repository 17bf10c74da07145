/// A printable scoring form for one edition in one language: every item with its anchors and a
/// box to circle, criteria to tick, section subtotals, the total and the bands. The form's own
/// words (reviewer, score, total) are in its language, English where it has none (said on the
/// form); borrowed texts are marked and carry their language.
public enum ScoringForm {
    /// The form's HTML.
    public static func render(_ edition: EditionDefinition, language: LanguageTag) -> String {
        let text = TextSource(edition: edition, language: language)
        let (chrome, englishFallback) = PageChrome.resolve(language)
        let words = Words(chrome: chrome, page: language)
        let title = text.entry("title", .title)
        var body = "<h1>\(title.value == nil ? HTML.escape(edition.id) : text.cell(title, chrome: chrome))</h1>\n"
        if englishFallback {
            body += "<p class=\"chrome-note\" lang=\"en\">\(HTML.escape(PageChrome.fill(PageChrome.englishFallbackNote, ["language": language.rawValue])))</p>\n"
        }
        let levels = "\(edition.levels.lowerBound)–\(edition.levels.upperBound)"
        let total = "\(edition.totalRange.lowerBound)–\(edition.totalRange.upperBound)"
        body += "<p class=\"meta\">\(words(chrome.edition)) \(HTML.escape(edition.id)) · \(HTML.escape(language.rawValue))"
        body += " · \(words(PageChrome.fill(chrome.levelsRange, ["range": levels]))) · \(words(PageChrome.fill(chrome.totalRange, ["range": total])))</p>\n"
        body += "<p>\(words(chrome.reviewer)): ________________ · \(words(chrome.service)): ________________ · \(words(chrome.date)): ____________</p>\n"
        for section in edition.sections {
            let heading = text.cell(text.entry("sections.\(section.id)", .sections), chrome: chrome)
            body += "<h2 id=\"section-\(HTML.escape(section.id))\">\(heading)</h2>\n"
            for item in section.items { body += renderItem(item, edition: edition, text: text, chrome: chrome, words: words) }
            body += "<p class=\"score\">\(heading): <span class=\"box\">&#160;</span></p>\n"
        }
        body += "<h2>\(words(chrome.total))</h2>\n<p class=\"score\">\(words(chrome.total)): <span class=\"box\">&#160;</span></p>\n<table>\n"
        for band in edition.bands {
            body += "<tr><td>\(band.range.lowerBound)–\(band.range.upperBound)</td><td>\(text.cell(text.entry("bands.\(band.id)", .bands), chrome: chrome))</td></tr>\n"
        }
        body += "</table>\n"
        return HTML.page(title: "\(text.title) (\(edition.id))", language: language.rawValue, body: body)
    }

    /// The form's own words, marked with the chrome's language where it is not the form's.
    private struct Words {
        let chrome: PageChrome
        let page: LanguageTag

        func callAsFunction(_ text: String) -> String {
            chrome.language == page ? HTML.escape(text) : "<span lang=\"\(HTML.escape(chrome.language.rawValue))\">\(HTML.escape(text))</span>"
        }
    }

    private static func renderItem(
        _ item: ItemDefinition, edition: EditionDefinition, text: TextSource, chrome: PageChrome, words: Words
    ) -> String {
        let prefix = "items.\(item.id)"
        var out = "<div class=\"item\" id=\"item-\(HTML.escape(item.id))\" data-item=\"\(HTML.escape(item.id))\">\n"
        out += "<h3>\(item.number). \(text.cell(text.entry("\(prefix).title", .title), chrome: chrome))</h3>\n"
        if !item.dataSources.isEmpty {
            out += "<p class=\"meta\" translate=\"no\">\(item.dataSources.map(HTML.escape).joined(separator: " · "))</p>\n"
        }
        out += "<p>\(text.cell(text.entry("\(prefix).definition", .definitions), chrome: chrome))</p>\n<ol class=\"levels\">\n"
        for level in edition.levels {
            out += "<li><span class=\"box\">\(level)</span><span>\(text.cell(text.entry("\(prefix).levels.\(level)", .levels), chrome: chrome))</span></li>\n"
        }
        out += "</ol>\n"
        if case .criteria(let rule) = item.kind {
            out += "<ul>\n"
            for criterion in rule.criteria {
                out += "<li>☐ \(text.cell(text.entry("\(prefix).criteria.\(criterion)", .criteria), chrome: chrome))</li>\n"
            }
            out += "</ul>\n"
        }
        let note = text.entry("\(prefix).note", .definitions)
        if note.value != nil {
            out += "<p class=\"meta\">\(text.cell(note, chrome: chrome))</p>\n"
        }
        out += "<p class=\"score\">\(words(chrome.score)): <span class=\"box\">&#160;</span></p>\n</div>\n"
        return out
    }
}
