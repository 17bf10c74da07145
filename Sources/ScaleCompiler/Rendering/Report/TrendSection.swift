/// Three or more reviews over time: each review's total on its own edition with its band, as a
/// chart and a table, and each item of the last review's edition across all the reviews, earlier
/// scores mapped onto its levels (a dash where an item cannot be compared or has no score).
struct TrendSection {
    let scale: ScaleDefinition
    let reviews: [ReportedReview]
    let last: ReportedReview
    let context: ReportContext

    private static let barWidth = 90.0
    private static let chartHeight = 160.0

    var html: String {
        let chrome = context.chrome
        var out = "<section class=\"trend\" id=\"trend\">\n<h2>\(context.words(chrome.trend))</h2>\n<p class=\"meta\">\(context.words(chrome.trendDescription))</p>\n"
        out += totalsChart
        out += "<h3>\(context.words(chrome.perItemTrend, ["edition": last.edition.id]))</h3>\n"
        out += perItem
        return out + "</section>\n"
    }

    /// A bar per review, its height the share of the highest possible total.
    private var totalsChart: String {
        let n = BandScale.number
        let width = Double(reviews.count) * (Self.barWidth + 30) + 30
        var svg = "<svg class=\"trend-chart\" viewBox=\"0 0 \(n(width)) \(n(Self.chartHeight + 50))\" role=\"img\" aria-labelledby=\"trend-title\" style=\"max-width: \(n(width * 1.2))px\">"
        svg += "<title id=\"trend-title\">\(HTML.escape(context.chrome.trend))</title>"
        svg += "<line x1=\"20\" y1=\"\(n(Self.chartHeight + 10))\" x2=\"\(n(width - 10))\" y2=\"\(n(Self.chartHeight + 10))\" stroke=\"#222\"/>"
        for (index, review) in reviews.enumerated() {
            let range = review.edition.totalRange
            let share = Double(review.result.total) / Double(max(1, range.upperBound))
            let height = max(2, share * Self.chartHeight)
            let x = 30 + Double(index) * (Self.barWidth + 30)
            let band = review.result.band.flatMap { review.edition.bandLabel($0.id, in: context.page)?.value } ?? ""
            let name = "\(index + 1). \(review.edition.id)" + (review.reviewed.map { " · " + context.format.date($0) } ?? "")
            svg += "<g class=\"trend-bar\" data-review=\"\(index + 1)\" data-total=\"\(review.result.total)\">"
            svg += "<title>\(HTML.escape(name)): \(review.result.total) / \(range.upperBound)\(band.isEmpty ? "" : " — " + HTML.escape(band))</title>"
            svg += "<rect x=\"\(n(x))\" y=\"\(n(Self.chartHeight + 10 - height))\" width=\"\(n(Self.barWidth))\" height=\"\(n(height))\" fill=\"#2f4858\"/>"
            svg += "<text x=\"\(n(x + Self.barWidth / 2))\" y=\"\(n(Self.chartHeight + 4 - height))\" text-anchor=\"middle\" font-weight=\"bold\" font-size=\"14\">\(review.result.total)</text>"
            svg += "<text x=\"\(n(x + Self.barWidth / 2))\" y=\"\(n(Self.chartHeight + 28))\" text-anchor=\"middle\" font-size=\"12\">\(HTML.escape("\(index + 1). \(review.edition.id)"))</text>"
            svg += "<text x=\"\(n(x + Self.barWidth / 2))\" y=\"\(n(Self.chartHeight + 44))\" text-anchor=\"middle\" font-size=\"11\" fill=\"#444\">\(HTML.escape(review.reviewed.map(context.format.date) ?? ""))</text></g>"
        }
        svg += "</svg>\n"
        return "<figure class=\"chart\">\n\(svg)</figure>\n"
    }

    /// Each item of the last edition, one column per review.
    private var perItem: String {
        let mapped: [[String: Int]] = reviews.dropLast().map { review in
            let comparison = scale.compare(ComparisonReportPage.sheet(review), ComparisonReportPage.sheet(last))
            return Dictionary(comparison.pairs.map { ($0.itemB, $0.mappedA) }, uniquingKeysWith: { first, _ in first })
        } + [last.sheet.scores]
        var out = "<table class=\"trend-items\">\n<thead><tr><th scope=\"col\"></th>"
        for (index, review) in reviews.enumerated() {
            out += "<th scope=\"col\" class=\"number\">\(index + 1). <span translate=\"no\">\(HTML.escape(review.edition.id))</span></th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for item in last.edition.items {
            out += "<tr data-item=\"\(HTML.escape(item.id))\"><th scope=\"row\">\(context.itemLabel(item.id, in: last.edition))</th>"
            for scores in mapped {
                out += "<td class=\"number\">\(scores[item.id].map(String.init) ?? "—")</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
