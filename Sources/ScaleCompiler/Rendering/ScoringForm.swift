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

/// Texts for rendering in one language, with the fallback and absence of each made visible.
struct TextSource {
    /// A text and how it was obtained.
    struct Cell {
        var value: String?
        var status: Status
    }

    enum Status: Equatable {
        case requested, fallback(LanguageTag), absent, missing
        /// Declared absent in the requested language; another language's text is shown.
        case absentShownFrom(LanguageTag)
    }

    let edition: EditionDefinition
    let language: LanguageTag

    var title: String { edition.lookup(language) { $0.title }?.value ?? edition.id }

    func section(_ id: String) -> Cell { lookup { $0.sections[id] } }
    func band(_ id: String) -> Cell { lookup { $0.bands[id] } }

    func item(_ id: String, _ part: TextPart, _ select: @escaping (ItemText) -> String?) -> Cell {
        let cell = lookup { $0.items[id].flatMap(select) }
        guard cell.status != .requested, let own = edition.text(in: language) else { return cell }
        // Declared absent in this language: say so, and which language's text is shown instead.
        guard own.absent.contains(part) || own.items[id]?.absent.contains(part) == true else { return cell }
        guard case .fallback(let served) = cell.status else { return Cell(value: nil, status: .absent) }
        return Cell(value: cell.value, status: .absentShownFrom(served))
    }

    private func lookup(_ select: (EditionText) -> String?) -> Cell {
        guard let found = edition.lookup(language, select) else { return Cell(value: nil, status: .missing) }
        return Cell(value: found.value, status: found.reason == .requested ? .requested : .fallback(found.served))
    }

    /// The cell's HTML: the text, with a mark when it is not the requested language's own.
    func cell(_ cell: Cell) -> String {
        switch cell.status {
        case .requested: return HTML.paragraphs(cell.value ?? "")
        case .fallback(let served):
            return "<span class=\"fallback\">\(HTML.paragraphs(cell.value ?? ""))</span> <span class=\"status\">\(HTML.escape(served.rawValue))</span>"
        case .absent: return "<span class=\"status absent\">absent in \(HTML.escape(language.rawValue))</span>"
        case .absentShownFrom(let served):
            return "<span class=\"status absent\">absent in \(HTML.escape(language.rawValue))</span> <span class=\"fallback\">\(HTML.paragraphs(cell.value ?? ""))</span> <span class=\"status\">\(HTML.escape(served.rawValue))</span>"
        case .missing: return "<span class=\"status missing\">missing</span>"
        }
    }
}
