/// A side-by-side review sheet: one edition in two languages (nb | sv), or two editions through
/// their relations (sv 2008 | sv-FI 2026), with missing, absent and fallback texts marked, and
/// word-level differences where the two languages are close (same primary language).
public enum ReviewSheet {
    public static func render(
        scale: ScaleDefinition, left: (edition: EditionDefinition, language: LanguageTag),
        right: (edition: EditionDefinition, language: LanguageTag)
    ) -> String {
        let a = TextSource(edition: left.edition, language: left.language)
        let b = TextSource(edition: right.edition, language: right.language)
        let close = primary(left.language) == primary(right.language)
        var body = "<h1>\(HTML.escape(a.title)) | \(HTML.escape(b.title))</h1>\n"
        body += "<p class=\"meta\">\(HTML.escape(left.edition.id)) \(HTML.escape(left.language.rawValue)) | "
        body += "\(HTML.escape(right.edition.id)) \(HTML.escape(right.language.rawValue))"
        body += close ? " · words removed and added on the right are marked</p>\n" : "</p>\n"
        var reached: Set<String> = []
        for item in left.edition.items {
            let equivalence = scale.equivalence(of: item.id, in: left.edition.id, to: right.edition.id)
            let counterpart = left.edition.id == right.edition.id ? item.id : equivalence?.toItem
            if let counterpart { reached.insert(counterpart) }
            body += pair(item, counterpart, equivalence, a, b, close: close)
        }
        for item in right.edition.items where !reached.contains(item.id) {
            body += "<div class=\"item\" data-item=\"\(HTML.escape(item.id))\"><h3>– | \(item.number). \(b.cell(b.item(item.id, .title) { $0.title }))</h3>"
            body += "<p class=\"relation\">only in \(HTML.escape(right.edition.id))</p></div>\n"
        }
        return HTML.page(title: "\(a.title) | \(b.title)", language: left.language.rawValue, body: body)
    }

    private static func primary(_ tag: LanguageTag) -> String {
        String(tag.rawValue.split(separator: "-").first ?? "")
    }

    private static func pair(
        _ item: ItemDefinition, _ counterpart: String?, _ equivalence: Equivalence?, _ a: TextSource, _ b: TextSource,
        close: Bool
    ) -> String {
        let rightNumber = counterpart.flatMap { b.edition.item($0)?.number }.map { "\($0). " } ?? ""
        var out = "<div class=\"item\" id=\"item-\(HTML.escape(item.id))\" data-item=\"\(HTML.escape(item.id))\">\n"
        if a.edition.id != b.edition.id {
            let kind = equivalence?.kind.rawValue ?? "none"
            out += "<p class=\"relation\">\(HTML.escape(kind))\(equivalence?.approximate == true ? " (approximate)" : "")"
            if let note = equivalence?.steps.first?.relation.note { out += ": <span class=\"meta\">\(HTML.escape(note))</span>" }
            out += "</p>\n"
        }
        out += "<table class=\"pair\">\n"
        var rows: [(String, TextPart, (ItemText) -> String?)] = [
            ("title", .title, { $0.title }), ("definition", .definitions, { $0.definition }),
        ]
        for level in a.edition.levels { rows.append(("\(level)", .levels, { $0.levels[level] })) }
        if case .criteria(let rule) = item.kind {
            for criterion in rule.criteria { rows.append(("☐", .criteria, { $0.criteria[criterion] })) }
        }
        rows.append(("note", .definitions, { $0.note }))
        for (label, part, select) in rows {
            let left = a.item(item.id, part, select)
            let right = counterpart.map { b.item($0, part, select) } ?? TextSource.Cell(value: nil, status: .missing)
            if label == "note", left.value == nil, right.value == nil { continue }
            let prefix = label == "title" ? "\(item.number). " : ""
            let rightPrefix = label == "title" ? rightNumber : ""
            let rightHTML: String
            if close, left.status == .requested, right.status == .requested, let old = left.value, let new = right.value {
                rightHTML = WordDiff.html(old, new)
            } else {
                rightHTML = b.cell(right)
            }
            out += "<tr><th>\(HTML.escape(label))</th><td>\(prefix)\(a.cell(left))</td><td>\(rightPrefix)\(rightHTML)</td></tr>\n"
        }
        out += "</table>\n</div>\n"
        return out
    }
}
