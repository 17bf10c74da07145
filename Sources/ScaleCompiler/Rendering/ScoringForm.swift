/// A printable scoring form for one edition in one language: every item with its anchors and a
/// box to circle, criteria to tick, section subtotals, the total and the bands.
public enum ScoringForm {
    public static func render(_ edition: EditionDefinition, language: LanguageTag) -> String {
        let text = TextSource(edition: edition, language: language)
        var body = "<h1>\(HTML.escape(text.title))</h1>\n"
        body += "<p class=\"meta\">Edition \(HTML.escape(edition.id)) · \(HTML.escape(language.rawValue))"
        body += " · levels \(edition.levels.lowerBound)–\(edition.levels.upperBound) · total \(edition.totalRange.lowerBound)–\(edition.totalRange.upperBound)</p>\n"
        body += "<p>Reviewer: ________________ · Service: ________________ · Date: ____________</p>\n"
        for section in edition.sections {
            body += "<h2 id=\"section-\(HTML.escape(section.id))\">\(text.cell(text.section(section.id)))</h2>\n"
            for item in section.items { body += renderItem(item, edition: edition, text: text) }
            body += "<p class=\"score\">\(text.cell(text.section(section.id))): <span class=\"box\">&#160;</span></p>\n"
        }
        body += "<h2>Total</h2>\n<p class=\"score\">Total: <span class=\"box\">&#160;</span></p>\n<table>\n"
        for band in edition.bands {
            body += "<tr><td>\(band.range.lowerBound)–\(band.range.upperBound)</td><td>\(text.cell(text.band(band.id)))</td></tr>\n"
        }
        body += "</table>\n"
        return HTML.page(title: "\(text.title) (\(edition.id))", language: language.rawValue, body: body)
    }

    private static func renderItem(_ item: ItemDefinition, edition: EditionDefinition, text: TextSource) -> String {
        var out = "<div class=\"item\" id=\"item-\(HTML.escape(item.id))\" data-item=\"\(HTML.escape(item.id))\">\n"
        out += "<h3>\(item.number). \(text.cell(text.item(item.id, .title) { $0.title }))</h3>\n"
        if !item.dataSources.isEmpty {
            out += "<p class=\"meta\">\(item.dataSources.map(HTML.escape).joined(separator: " · "))</p>\n"
        }
        out += "<p>\(text.cell(text.item(item.id, .definitions) { $0.definition }))</p>\n<ol class=\"levels\">\n"
        for level in edition.levels {
            out += "<li><span class=\"box\">\(level)</span><span>\(text.cell(text.item(item.id, .levels) { $0.levels[level] }))</span></li>\n"
        }
        out += "</ol>\n"
        if case .criteria(let rule) = item.kind {
            out += "<ul>\n"
            for criterion in rule.criteria {
                out += "<li>☐ \(text.cell(text.item(item.id, .criteria) { $0.criteria[criterion] }))</li>\n"
            }
            out += "</ul>\n"
        }
        if let note = text.item(item.id, .definitions, { $0.note }).value {
            out += "<p class=\"meta\">\(HTML.paragraphs(note))</p>\n"
        }
        out += "<p class=\"score\">Score: <span class=\"box\">&#160;</span></p>\n</div>\n"
        return out
    }
}
