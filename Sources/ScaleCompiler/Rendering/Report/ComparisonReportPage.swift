/// Two or more reviews compared as a page: the reviews with their totals and bands; with three or
/// more, the trend (totals over time, each item across the reviews); then for each review and
/// the next, the verdict, the totals over the comparable items, a chart of the change per item,
/// the items that cannot be compared with the reasons, and the relation behind every pair with
/// its level map. The comparison is the one `scalec compare` makes. Self-contained, no script.
public enum ComparisonReportPage {
    /// The report's HTML in `language`; `reviews` in the order to compare them (earliest first), at least two.
    public static func render(scale: ScaleDefinition, reviews: [ReportedReview], language: LanguageTag) -> String {
        let context = ReportContext(language)
        let chrome = context.chrome
        let heading = reviews.count > 2 ? chrome.trendReport : chrome.comparisonReport
        let services = Array(Set(reviews.compactMap(\.service))).sorted()
        var body = "<header>\n<h1><span class=\"kind\">\(context.words(heading))</span> "
        body += (services.isEmpty ? HTML.escape(scale.id) : services.map(HTML.escape).joined(separator: " · ")) + "</h1>\n"
        body += context.fallbackNote
        body += overview(reviews, context: context)
        body += "</header>\n<main>\n"
        if reviews.count > 2, let last = reviews.last {
            body += TrendSection(scale: scale, reviews: reviews, last: last, context: context).html
        }
        for (index, (a, b)) in zip(reviews, reviews.dropFirst()).enumerated() {
            let comparison = scale.compare(sheet(a), sheet(b))
            body += ComparisonSection(comparison: comparison, a: a, b: b, number: index + 1, context: context).html
        }
        body += "</main>\n"
        return HTML.page(title: "\(chrome.comparisonReport): \(services.joined(separator: ", "))", language: language.rawValue, body: body, style: ReportStyle.css)
    }

    /// The review as the comparison reads it: its edition, levels and facts.
    static func sheet(_ review: ReportedReview) -> ComparisonSheet {
        ComparisonSheet(edition: review.edition.id, scores: review.sheet.scores, facts: review.sheet.facts)
    }

    /// The reviews compared: service, date, edition, evaluators, own total and band.
    private static func overview(_ reviews: [ReportedReview], context: ReportContext) -> String {
        let chrome = context.chrome
        var out = "<table class=\"reviews\">\n<caption class=\"meta\">\(context.words(chrome.reviews))</caption>\n<thead><tr><th scope=\"col\">#</th>"
        for label in [chrome.service, chrome.date, chrome.edition, chrome.evaluators] { out += "<th scope=\"col\">\(context.words(label))</th>" }
        out += "<th scope=\"col\" class=\"number\">\(context.words(chrome.total))</th><th scope=\"col\">\(context.words(chrome.band))</th></tr></thead>\n<tbody>\n"
        for (index, review) in reviews.enumerated() {
            let result = review.result
            out += "<tr data-review=\"\(index + 1)\"><td class=\"number\">\(index + 1)</td><td>\(review.service.map(HTML.escape) ?? "")</td>"
            out += "<td>\(context.date(of: review))</td><td translate=\"no\">\(HTML.escape(review.edition.id))</td>"
            out += "<td>\(review.sheet.remarks.evaluators.map(HTML.escape).joined(separator: ", "))</td>"
            out += "<td class=\"number\" data-total=\"\(result.total)\">\(result.total)</td>"
            out += "<td>\(result.band.map { context.bandLabel($0, in: review.edition) } ?? context.words(chrome.notScored))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
