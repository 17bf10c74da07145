/// The body of a review sheet: the scale title, each section under its heading with its items,
/// the bands, the data sources, and what only the right edition has.
enum ReviewSheetBody {
    static func html(_ page: ReviewPage) -> String {
        let chrome = page.chrome
        var out = group(id: "scale", heading: HTML.escape(chrome.scaleTitle), rows: page.scaleRows, page)
        for section in page.sections {
            let rightKey = section.row.rightKey
            let heading = pair(
                span(page.left, "sections.\(section.id)", .sections),
                rightKey.flatMap { span(page.right, $0, .sections) })
            out += "<section class=\"scale-section\" id=\"section-\(HTML.escape(section.id))\" data-section=\"\(HTML.escape(section.id))\">\n"
            out += "<h2>\(heading)</h2>\n\(table([section.row], page))"
            for item in section.items { out += self.item(item, page) }
            out += "</section>\n"
        }
        out += group(id: "bands", heading: HTML.escape(chrome.bands), rows: page.bands, page)
        out += group(id: "data-sources", heading: HTML.escape(chrome.dataSources), rows: page.dataSources, page)
        if !page.onlyRight.isEmpty {
            let heading = HTML.escape(PageChrome.fill(chrome.onlyIn, ["edition": page.right.edition.id]))
            out += "<section class=\"scale-section\" id=\"only-right\">\n<h2>\(heading)</h2>\n"
            if !page.onlyRight.rows.isEmpty { out += table(page.onlyRight.rows, page) }
            for item in page.onlyRight.items { out += self.item(item, page) }
            out += "</section>\n"
        }
        return out
    }

    /// A text of a column in the language that served it: the language's own or a declared
    /// fallback's; nil when the column has neither.
    static func span(_ column: ReviewColumn, _ key: String, _ part: TextPart, prefix: String = "") -> String? {
        let cell = column.text.entry(key, part)
        let language: LanguageTag
        switch cell.status {
        case .requested: language = column.language
        case .fallback(let served): language = served
        default: return nil
        }
        guard let value = cell.value else { return nil }
        return "<span lang=\"\(HTML.escape(language.rawValue))\">\(HTML.escape(prefix + value))</span>"
    }

    private static func pair(_ left: String?, _ right: String?) -> String {
        "\(left ?? "–") <span class=\"divider\">|</span> \(right ?? "–")"
    }

    private static func group(id: String, heading: String, rows: [ReviewRow], _ page: ReviewPage) -> String {
        guard !rows.isEmpty else { return "" }
        return "<section class=\"scale-section\" id=\"\(id)\">\n<h2>\(heading)</h2>\n\(table(rows, page))</section>\n"
    }

    private static func item(_ item: ReviewPage.Item, _ page: ReviewPage) -> String {
        let chrome = page.chrome
        var out = "<div class=\"item\" id=\"item-\(HTML.escape(item.id))\" data-item=\"\(HTML.escape(item.id))\">\n"
        out += "<h3>\(pair(title(item.leftID, page.left), title(item.rightID, page.right)))</h3>\n"
        if page.left.edition.id != page.right.edition.id, item.leftID != nil {
            let kind = item.equivalence?.kind ?? .none
            out += "<p class=\"relation\">\(HTML.escape(chrome.relation(kind)))"
            if item.equivalence?.approximate == true { out += " (\(HTML.escape(chrome.approximate)))" }
            // Relation notes are the maintainers' prose; the relation file declares no language.
            if let note = item.equivalence?.steps.first?.relation.note { out += ": <span class=\"note\" lang=\"\">\(HTML.escape(note))</span>" }
            out += "</p>\n"
        }
        return out + table(item.rows, page) + "</div>\n"
    }

    /// `1. Deltakerportefølje`, in the language that served it.
    private static func title(_ id: String?, _ column: ReviewColumn) -> String? {
        guard let id, let number = column.edition.item(id)?.number else { return nil }
        return span(column, "items.\(id).title", .title, prefix: "\(number). ")
    }

    private static func table(_ rows: [ReviewRow], _ page: ReviewPage) -> String {
        var out = "<table class=\"pair\">\n<thead><tr><th scope=\"col\">\(HTML.escape(page.chrome.entries))</th>"
        for column in [page.left, page.right] {
            out += "<th scope=\"col\" translate=\"no\">\(HTML.escape(column.heading))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows { out += row.html(page.chrome) }
        return out + "</tbody>\n</table>\n"
    }
}
