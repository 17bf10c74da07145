/// One review compared with the next: verdict, totals over the comparable items with each
/// side's band, the change chart, the items that cannot be compared, the relations with level maps.
struct ComparisonSection {
    let comparison: Comparison
    let a: ReportedReview
    let b: ReportedReview
    let number: Int
    let context: ReportContext

    var html: String {
        let chrome = context.chrome
        let id = "comparison-\(number)"
        let pairTitle = PageChrome.fill(chrome.pairHeading, ["a": label(a, 0), "b": label(b, 1)])
        var out = "<section class=\"comparison\" id=\"\(id)\" data-edition-a=\"\(HTML.escape(a.edition.id))\" data-edition-b=\"\(HTML.escape(b.edition.id))\">\n"
        out += "<h2>\(HTML.escape(pairTitle))</h2>\n"
        out += "<p class=\"verdict\" data-comparable=\"\(comparison.pairs.count)\" data-items=\"\(comparison.itemCount)\">\(context.words(chrome.verdict)): \(verdict)</p>\n"
        out += totals
        if !comparison.pairs.isEmpty {
            out += "<h3>\(context.words(chrome.changeChart))</h3>\n"
            out += ChangeChart(comparison: comparison, editionB: b.edition, context: context, id: "\(id)-chart").html
        }
        out += excluded
        out += relations
        return out + "</section>\n"
    }

    /// `2008 (Eksempelrapporten…)`: the edition, and the service or date where there is one.
    private func label(_ review: ReportedReview, _ side: Int) -> String {
        let detail = [review.service, review.reviewed.map(context.format.date)].compactMap { $0 }.joined(separator: ", ")
        return "\(number + side). \(review.edition.id)" + (detail.isEmpty ? "" : " (\(detail))")
    }

    private var verdict: String {
        let chrome = context.chrome
        switch comparison.verdict {
        case .fullyComparable: return context.words(chrome.fullyComparable)
        case .partiallyComparable(let count, let items):
            return context.words(chrome.partiallyComparable, ["count": String(count), "items": String(items)])
        case .notComparable: return context.words(chrome.notComparable)
        }
    }

    private var totals: String {
        let chrome = context.chrome
        let onB = context.words(chrome.onLevelsOf, ["edition": b.edition.id])
        var out = "<h3>\(context.words(chrome.totalsOverComparable, ["count": String(comparison.pairs.count)]))</h3>\n<table class=\"totals\">\n<thead><tr>"
        out += "<th scope=\"col\"></th><th scope=\"col\" class=\"number\">\(context.words(chrome.total))</th><th scope=\"col\">\(context.words(chrome.band))</th></tr></thead>\n<tbody>\n"
        let bandA = a.result.band.map { "\(context.bandLabel($0, in: a.edition)) (\(a.result.total))" } ?? context.words(chrome.notScored)
        let bandB = b.result.band.map { "\(context.bandLabel($0, in: b.edition)) (\(b.result.total))" } ?? context.words(chrome.notScored)
        out += "<tr data-side=\"a\"><th scope=\"row\" translate=\"no\">\(HTML.escape(a.edition.id))</th><td class=\"number\" data-total=\"\(comparison.totalA)\">\(comparison.totalA)</td><td rowspan=\"2\">\(bandA)</td></tr>\n"
        out += "<tr data-side=\"a-on-b\"><th scope=\"row\"><span translate=\"no\">\(HTML.escape(a.edition.id))</span>, \(onB)</th><td class=\"number\" data-total=\"\(comparison.mappedTotalA)\">\(comparison.mappedTotalA)</td></tr>\n"
        out += "<tr data-side=\"b\"><th scope=\"row\" translate=\"no\">\(HTML.escape(b.edition.id))</th><td class=\"number\" data-total=\"\(comparison.totalB)\">\(comparison.totalB)</td><td>\(bandB)</td></tr>\n"
        let change = comparison.totalB - comparison.mappedTotalA
        out += "<tr data-side=\"change\"><th scope=\"row\">\(context.words(chrome.change))</th><td class=\"number\" data-change=\"\(change)\"><strong>\(HTML.escape(context.format.change(change)))</strong></td><td></td></tr>\n"
        return out + "</tbody>\n</table>\n"
    }

    private var excluded: String {
        guard !comparison.excluded.isEmpty else { return "" }
        let chrome = context.chrome
        var out = "<h3>\(context.words(chrome.notComparableItems))</h3>\n<p class=\"meta\">\(context.words(chrome.reasonsInEnglish))</p>\n"
        out += "<table class=\"not-comparable\">\n<thead><tr>\(column(a.edition))\(column(b.edition))"
        out += "<th scope=\"col\">\(context.words(chrome.relation))</th><th scope=\"col\">\(context.words(chrome.reason))</th></tr></thead>\n<tbody>\n"
        for item in comparison.excluded {
            out += "<tr data-item-a=\"\(HTML.escape(item.itemA ?? ""))\" data-item-b=\"\(HTML.escape(item.itemB ?? ""))\">"
            out += "<td>\(item.itemA.map { context.itemLabel($0, in: a.edition) } ?? "—")</td><td>\(item.itemB.map { context.itemLabel($0, in: b.edition) } ?? "—")</td>"
            out += "<td>\(item.kind.map { context.words(context.chrome.relation($0)) } ?? "—")</td>"
            out += "<td>\(context.english(item.reason(a: a.edition.id, b: b.edition.id)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private var relations: String {
        guard !comparison.pairs.isEmpty else { return "" }
        let chrome = context.chrome
        var out = "<h3>\(context.words(chrome.relations))</h3>\n<table class=\"pairs\">\n<thead><tr>"
        out += column(a.edition) + column(b.edition) + column(a.edition, numeric: true)
        out += "<th scope=\"col\" class=\"number\">→ <span translate=\"no\">\(HTML.escape(b.edition.id))</span></th>"
        out += column(b.edition, numeric: true) + "<th scope=\"col\" class=\"number\">\(context.words(chrome.change))</th>"
        out += "<th scope=\"col\">\(context.words(chrome.relation))</th></tr></thead>\n<tbody>\n"
        for pair in comparison.pairs {
            let equivalence = pair.equivalence
            out += "<tr data-item-a=\"\(HTML.escape(pair.itemA))\" data-item-b=\"\(HTML.escape(pair.itemB))\" data-change=\"\(pair.change)\">"
            out += "<td>\(context.itemLabel(pair.itemA, in: a.edition))</td><td>\(context.itemLabel(pair.itemB, in: b.edition))</td>"
            out += "<td class=\"number\">\(pair.scoreA)</td><td class=\"number\">\(pair.mappedA)</td><td class=\"number\">\(pair.scoreB)</td>"
            out += "<td class=\"number\">\(HTML.escape(context.format.change(pair.change)))</td><td>\(context.words(chrome.relation(equivalence.kind)))"
            if equivalence.approximate { out += ", \(context.words(chrome.approximate))" }
            if let map = equivalence.levelMap {
                let text = map.keys.sorted().map { "\($0)→\(map[$0] ?? $0)" }.joined(separator: " ")
                out += "<br/><span class=\"level-map\" title=\"\(HTML.escape(chrome.levelMap))\">\(context.words(chrome.levelMap)): \(HTML.escape(text))</span>"
            }
            let note = equivalence.steps.map(\.relation.note).filter { !$0.isEmpty }.joined(separator: " ")
            if !note.isEmpty { out += "<br/><span class=\"relation-note\">\(context.english(note))</span>" }
            out += "</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A column heading naming an edition by its id.
    private func column(_ edition: EditionDefinition, numeric: Bool = false) -> String {
        "<th scope=\"col\"\(numeric ? " class=\"number\"" : "") translate=\"no\">\(HTML.escape(edition.id))</th>"
    }
}
