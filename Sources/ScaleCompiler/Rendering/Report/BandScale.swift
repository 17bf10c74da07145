/// The band scale drawn: the edition's total range with each band as a segment, the total
/// marked on it, and the bands listed with their ranges (the list is what a screen reader and a
/// black-and-white print rely on; the drawing repeats it).
struct BandScale {
    let edition: EditionDefinition
    let total: Int?
    let context: ReportContext

    private static let width = 640.0
    private static let bandFills = ["#f3d6d3", "#f6e7c1", "#dcebd0", "#b9dcc0", "#8fc7a0"]

    var html: String {
        let range = edition.totalRange
        let span = Double(max(1, range.upperBound - range.lowerBound + 1))
        func x(_ value: Int) -> Double { Double(value - range.lowerBound) / span * Self.width }
        let current = total.flatMap { edition.band(forTotal: $0) }
        let title = context.chrome.bandScale
        // Lowest band first, as the scale is drawn, whatever order the edition lists them in.
        let bands = edition.bands.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var svg = "<svg class=\"band-scale\" viewBox=\"0 0 \(Int(Self.width) + 20) 64\" role=\"img\" aria-labelledby=\"band-scale-title\">"
        svg += "<title id=\"band-scale-title\">\(HTML.escape(title))</title>"
        svg += "<g transform=\"translate(10 0)\">"
        svg += "<rect x=\"0\" y=\"18\" width=\"\(Int(Self.width))\" height=\"22\" fill=\"#eee\" stroke=\"#555\"/>"
        for (index, band) in bands.enumerated() {
            let start = x(band.range.lowerBound)
            let width = x(band.range.upperBound + 1) - start
            let fill = Self.bandFills[index % Self.bandFills.count]
            let stroke = band.id == current?.id ? " stroke=\"#000\" stroke-width=\"2\"" : " stroke=\"#555\""
            svg += "<rect class=\"band\" data-band=\"\(HTML.escape(band.id))\" x=\"\(Self.number(start))\" y=\"18\" width=\"\(Self.number(width))\" height=\"22\" fill=\"\(fill)\"\(stroke)>"
            svg += "<title>\(HTML.escape(edition.bandLabel(band.id, in: context.page)?.value ?? band.id)) \(band.range.lowerBound)–\(band.range.upperBound)</title></rect>"
            svg += "<text x=\"\(Self.number(start + 2))\" y=\"54\" font-size=\"10\">\(band.range.lowerBound)</text>"
        }
        svg += "<text x=\"\(Int(Self.width))\" y=\"54\" font-size=\"10\" text-anchor=\"end\">\(range.upperBound)</text>"
        if let total, range.contains(total) {
            let at = Self.number(x(total) + Self.width / span / 2)
            svg += "<g class=\"total-marker\" data-total=\"\(total)\"><path d=\"M \(at) 16 l -6 -10 h 12 z\" fill=\"#000\"/>"
            svg += "<line x1=\"\(at)\" y1=\"16\" x2=\"\(at)\" y2=\"42\" stroke=\"#000\" stroke-width=\"2\"/>"
            svg += "<title>\(HTML.escape(context.chrome.total)) \(total)</title></g>"
        }
        svg += "</g></svg>\n"
        var list = "<ol class=\"band-list\">\n"
        for band in bands {
            let isCurrent = band.id == current?.id
            list += "<li\(isCurrent ? " class=\"current\" aria-current=\"true\"" : "")><span class=\"range\">\(band.range.lowerBound)–\(band.range.upperBound)</span> \(context.bandLabel(band, in: edition))\(isCurrent ? " ◀" : "")</li>\n"
        }
        list += "</ol>\n"
        return "<figure class=\"band-figure\">\n\(svg)\(list)</figure>\n"
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String { Interval.format((value * 10).rounded() / 10) }
}
