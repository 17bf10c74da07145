/// A review as a report an evaluator hands a service: service, date, edition, evaluators, the
/// total with its band on the band scale drawn, section subtotals, strengths and recommendations,
/// then every item with its score, that score's anchor text, the evaluators' note and, for levels
/// computed from facts, the explanation. Missing items and the missing-data rule in force are
/// shown, never hidden. Self-contained (inline CSS and SVG, no script), printable on A4 with no
/// item cut across pages.
public enum ReviewReportPage {
    /// The report's HTML in `language` (its words English where the language has none, said on the page).
    public static func render(_ review: ReportedReview, language: LanguageTag) -> String {
        let context = ReportContext(language)
        let chrome = context.chrome
        let edition = review.edition
        let scaleTitle = edition.lookup(language) { $0.title }
        var body = "<header>\n<h1><span class=\"kind\">\(context.words(chrome.reviewReport))</span> "
        body += (review.service.map(HTML.escape) ?? context.marked(scaleTitle, or: edition.id)) + "</h1>\n"
        body += context.fallbackNote
        body += ReportFacts.html(review, context: context)
        body += "</header>\n<main>\n"
        body += summary(review, context: context)
        body += remarks(review.sheet.remarks, context: context)
        body += ReportItems(review: review, context: context).html
        body += missing(review, context: context)
        body += "</main>\n"
        let title = "\(chrome.reviewReport): \(review.service ?? scaleTitle?.value ?? edition.id)"
        return HTML.page(title: title, language: language.rawValue, body: body, style: ReportStyle.css)
    }

    /// The total, the band on its scale, and the section subtotals.
    private static func summary(_ review: ReportedReview, context: ReportContext) -> String {
        let chrome = context.chrome
        let result = review.result
        let edition = review.edition
        var out = "<section class=\"summary\" aria-labelledby=\"summary-heading\">\n"
        out += "<h2 id=\"summary-heading\">\(context.words(chrome.total))</h2>\n<p class=\"total\">"
        out += "<span class=\"total-value\" data-total=\"\(result.total)\">\(result.total)</span> "
        out += "<span class=\"out-of\">\(context.words(chrome.outOf, ["max": String(edition.totalRange.upperBound)]))</span>"
        if let band = result.band {
            out += " · <span class=\"band-label\" data-band=\"\(HTML.escape(band.id))\">\(context.bandLabel(band, in: edition))</span>"
        }
        out += "</p>\n"
        if result.band == nil {
            let bands = result.possibleBands.map { edition.bandLabel($0.id, in: context.page)?.value ?? $0.id }.joined(separator: " / ")
            out += "<p class=\"undetermined\">\(context.words(chrome.band)): \(context.words(chrome.bandUndetermined, ["bands": bands]))</p>\n"
        }
        out += BandScale(edition: edition, total: result.band == nil ? nil : result.total, context: context).html
        out += "<h3>\(context.words(chrome.subtotals))</h3>\n<table class=\"subtotals\">\n<thead><tr><th scope=\"col\">\(context.words(chrome.section))</th>"
        out += "<th scope=\"col\">\(context.words(chrome.score))</th><th scope=\"col\">\(context.words(chrome.items))</th></tr></thead>\n<tbody>\n"
        for section in result.sections {
            let title = context.marked(edition.sectionTitle(section.sectionID, in: context.page), or: section.sectionID)
            out += "<tr data-section=\"\(HTML.escape(section.sectionID))\"><th scope=\"row\">\(title)</th><td class=\"number\">\(section.total)</td>"
            out += "<td>\(context.words(chrome.scoredItems, ["scored": String(section.scoredItems), "count": String(section.itemCount)]))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    /// Strengths and recommendations, when the review has them.
    private static func remarks(_ remarks: ReviewRemarks, context: ReportContext) -> String {
        var out = ""
        for (heading, id, texts, list) in [
            (context.chrome.strengths, "strengths", remarks.strengths, "ul"),
            (context.chrome.recommendations, "recommendations", remarks.recommendations, "ol"),
        ] where !texts.isEmpty {
            out += "<section class=\"remarks\" id=\"\(id)\">\n<h2>\(context.words(heading))</h2>\n<\(list)>\n"
            for text in texts { out += "<li>\(HTML.escape(text))</li>\n" }
            out += "</\(list)>\n</section>\n"
        }
        return out
    }

    /// The missing items and the rule in force: always shown, even when nothing is missing.
    private static func missing(_ review: ReportedReview, context: ReportContext) -> String {
        let chrome = context.chrome
        let result = review.result
        var out = "<section class=\"missing\" id=\"missing\">\n<h2>\(context.words(chrome.missingItems))</h2>\n"
        if result.missing.isEmpty && result.imputed.isEmpty {
            out += "<p>\(context.words(chrome.noneMissing))</p>\n"
        }
        if !result.missing.isEmpty {
            out += "<ul class=\"missing-items\">\n"
            for id in result.missing { out += "<li data-item=\"\(HTML.escape(id))\">\(context.itemLabel(id, in: review.edition))</li>\n" }
            out += "</ul>\n"
        }
        if !result.imputed.isEmpty {
            out += "<ul class=\"imputed-items\">\n"
            for id in result.imputed {
                out += "<li data-item=\"\(HTML.escape(id))\">\(context.itemLabel(id, in: review.edition)): \(context.words(chrome.imputed))</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<h3>\(context.words(chrome.missingPolicy))</h3>\n"
        switch (review.missingView, result.missingDataPolicy) {
        case (.source, let policy?):
            out += "<p class=\"policy\" data-view=\"source\">\(context.words(chrome.sourceView)) "
            out += "<code>\(HTML.escape(policy.rule.rawValue))</code> — \(context.marked(policy.note, in: review.edition.sourceLanguage))</p>\n"
        case (.source, nil):
            out += "<p class=\"policy\" data-view=\"source\">\(context.words(chrome.noPolicy))</p>\n"
        case (.strict, _):
            out += "<p class=\"policy\" data-view=\"strict\">\(context.words(chrome.strictView))</p>\n"
            if let policy = review.edition.missingData {
                out += "<p class=\"meta\"><code>--missing source</code>: <code>\(HTML.escape(policy.rule.rawValue))</code> — \(context.marked(policy.note, in: review.edition.sourceLanguage))</p>\n"
            }
        }
        out += "</section>\n"
        return out
    }
}
