/// Every item of a review under its section: score, the anchor text of that score, the
/// evaluators' note, and for a level computed from facts the explanation with its citations.
struct ReportItems {
    let review: ReportedReview
    let context: ReportContext

    var html: String {
        let edition = review.edition
        var out = "<section class=\"items\" aria-labelledby=\"items-heading\">\n<h2 id=\"items-heading\">\(context.words(context.chrome.items))</h2>\n"
        for (section, subtotal) in zip(edition.sections, review.result.sections) {
            let title = context.marked(edition.sectionTitle(section.id, in: context.page), or: section.id)
            out += "<h3 class=\"section-heading\" id=\"section-\(HTML.escape(section.id))\">\(title) <span class=\"subtotal\">\(subtotal.total)</span></h3>\n"
            for item in section.items { out += self.item(item) }
        }
        return out + "</section>\n"
    }

    private func item(_ item: ItemDefinition) -> String {
        let chrome = context.chrome
        let edition = review.edition
        let id = HTML.escape(item.id)
        let imputed = review.result.imputed.contains(item.id)
        let level = review.sheet.scores[item.id] ?? (imputed ? edition.levels.lowerBound : nil)
        let state = level == nil ? "missing" : imputed ? "imputed" : "scored"
        var out = "<article class=\"report-item \(state)\" id=\"item-\(id)\" data-item=\"\(id)\" data-score=\"\(level.map(String.init) ?? "")\">\n"
        out += "<div class=\"item-head\"><h4><span class=\"number\">\(item.number).</span> "
        out += "\(context.marked(edition.itemTitle(item.id, in: context.page), or: item.id))</h4>"
        out += "<span class=\"score-box\" aria-label=\"\(HTML.escape(chrome.score)) \(level.map(String.init) ?? chrome.notScored)\">\(level.map(String.init) ?? "–")</span></div>\n"
        if let level {
            if let anchor = edition.lookup(context.page, { $0.items[item.id]?.levels[level] }) {
                out += "<p class=\"anchor\"><span class=\"label\">\(context.words(chrome.score)) \(level):</span> \(context.marked(anchor, or: ""))</p>\n"
            }
            if imputed { out += "<p class=\"imputed-note\">\(context.words(chrome.imputed))</p>\n" }
        } else {
            out += "<p class=\"not-scored\">\(context.words(chrome.notScored))</p>\n"
        }
        if let note = review.sheet.remarks.notes[item.id] {
            out += "<p class=\"evaluator-note\"><span class=\"label\">\(context.words(chrome.evaluatorNote)):</span> \(HTML.escape(note))</p>\n"
        }
        if let finding = review.sheet.findings[item.id] { out += self.finding(finding) }
        return out + "</article>\n"
    }

    /// How the level came from the facts, step by step, in English (said so).
    private func finding(_ finding: LevelFinding) -> String {
        let chrome = context.chrome
        let heading = finding.level == nil ? chrome.noLevelFromFacts : chrome.fromFacts
        // The value the levels were read from, in the page's numbers (`18,67`); the steps below are the runtime's English.
        let value = (finding.roundedValue ?? finding.value).map { ": <span class=\"value\">\(HTML.escape(context.format.decimal($0)))</span>" } ?? ""
        var out = "<div class=\"finding\"><p class=\"label\">\(context.words(heading))\(value) <span class=\"meta\">(\(context.words(chrome.explanationInEnglish)))</span></p>\n"
        out += "<ol class=\"explanation\" lang=\"en\">\n"
        for step in finding.explanationText { out += "<li>\(HTML.escape(step))</li>\n" }
        return out + "</ol></div>\n"
    }
}
