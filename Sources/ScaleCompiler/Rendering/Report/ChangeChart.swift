/// The change per comparable item as a bar chart in inline SVG: one row per item, bars left of
/// the axis for a fall and right for a rise, each with its number as text and a `<title>` with
/// the item and both scores, so the chart reads without colour and without a mouse.
struct ChangeChart {
    let comparison: Comparison
    let editionB: EditionDefinition
    let context: ReportContext
    let id: String

    private static let labelWidth = 330.0
    private static let unit = 46.0
    private static let rowHeight = 24.0
    private static let maxTitle = 44

    var html: String {
        let pairs = comparison.pairs
        let reach = max(2, pairs.map { Int($0.change.magnitude) }.max() ?? 0)
        let axis = Self.labelWidth + Double(reach) * Self.unit + 10
        let width = axis + Double(reach) * Self.unit + 40
        let height = Double(pairs.count) * Self.rowHeight + 30
        let n = BandScale.number
        var svg = "<svg class=\"change-chart\" id=\"\(id)\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        svg += "<title id=\"\(id)-title\">\(HTML.escape(context.chrome.changeChart))</title>"
        svg += "<desc id=\"\(id)-desc\">\(HTML.escape(context.chrome.changeChartDescription))</desc>"
        for step in -reach...reach {
            let x = axis + Double(step) * Self.unit
            svg += "<line x1=\"\(n(x))\" y1=\"4\" x2=\"\(n(x))\" y2=\"\(n(height - 20))\" stroke=\"\(step == 0 ? "#222" : "#ddd")\"/>"
            svg += "<text x=\"\(n(x))\" y=\"\(n(height - 6))\" text-anchor=\"middle\" fill=\"#555\">\(HTML.escape(context.format.change(step)))</text>"
        }
        for (row, pair) in pairs.enumerated() {
            let y = 6 + Double(row) * Self.rowHeight
            let lookup = editionB.itemTitle(pair.itemB, in: context.page)
            let title = lookup?.value ?? pair.itemB
            let lang = lookup.map { $0.served == context.page ? "" : " lang=\"\(HTML.escape($0.served.rawValue))\"" } ?? ""
            let number = editionB.item(pair.itemB).map { "\($0.number). " } ?? ""
            let short = title.count > Self.maxTitle ? String(title.prefix(Self.maxTitle - 1)) + "…" : title
            let change = pair.change
            let start = change < 0 ? axis + Double(change) * Self.unit : axis
            let length = max(3, Double(change.magnitude) * Self.unit)
            let fill = change > 0 ? "#2f7d4f" : change < 0 ? "#b3261e" : "#777"
            let scores = "\(pair.mappedA) → \(pair.scoreB) (\(context.format.change(change)))"
            svg += "<g class=\"bar\" data-item=\"\(HTML.escape(pair.itemB))\" data-item-a=\"\(HTML.escape(pair.itemA))\" data-change=\"\(change)\"\(lang)>"
            svg += "<title>\(HTML.escape(number + title)): \(HTML.escape(scores))</title>"
            svg += "<text x=\"\(n(Self.labelWidth))\" y=\"\(n(y + 13))\" text-anchor=\"end\">\(HTML.escape(number + short))</text>"
            svg += "<rect x=\"\(n(change == 0 ? axis - 1.5 : start))\" y=\"\(n(y + 2))\" width=\"\(n(length))\" height=\"\(n(Self.rowHeight - 8))\" fill=\"\(fill)\"/>"
            let labelX = change < 0 ? start - 4 : axis + max(3, Double(change) * Self.unit) + 4
            svg += "<text class=\"change\" x=\"\(n(labelX))\" y=\"\(n(y + 13))\" text-anchor=\"\(change < 0 ? "end" : "start")\" font-weight=\"bold\">\(HTML.escape(context.format.change(change)))</text></g>"
        }
        svg += "</svg>\n"
        return "<figure class=\"chart\">\n\(svg)<figcaption class=\"meta\">\(context.words(context.chrome.changeChartDescription))</figcaption>\n</figure>\n"
    }
}
