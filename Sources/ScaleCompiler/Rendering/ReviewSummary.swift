/// The counts at the top of a review sheet: per column (edition and language), how many entries
/// it shows, how many have the language's own text, and how many carry each mark.
struct ReviewSummary: Equatable {
    struct Tally: Equatable {
        var entries = 0
        /// The language's own text, stale or not.
        var ownText = 0
        var marks: [ReviewMark: Int] = [:]

        mutating func count(_ cell: ReviewCell) {
            if cell.state == .noCounterpart { return }
            entries += 1
            if cell.ownText != nil { ownText += 1 }
            if let mark = cell.mark { marks[mark, default: 0] += 1 }
        }

        subscript(_ mark: ReviewMark) -> Int { marks[mark] ?? 0 }
    }

    var left = Tally()
    var right = Tally()

    init(_ rows: [ReviewRow]) {
        for row in rows {
            left.count(row.left)
            right.count(row.right)
        }
    }

    func html(_ page: ReviewPage) -> String {
        let chrome = page.chrome
        var out = "<section class=\"summary\" aria-labelledby=\"summary\"><h2 id=\"summary\">\(HTML.escape(chrome.summary))</h2>\n"
        out += "<table class=\"counts\"><thead><tr><th scope=\"col\">\(HTML.escape(chrome.column))</th>"
        out += "<th scope=\"col\">\(HTML.escape(chrome.entries))</th><th scope=\"col\">\(HTML.escape(chrome.ownText))</th>"
        for mark in ReviewMark.allCases { out += "<th scope=\"col\">\(mark.badge(chrome))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (column, tally) in [(page.left, left), (page.right, right)] {
            out += "<tr data-column=\"\(HTML.escape(column.heading))\"><th scope=\"row\" translate=\"no\">\(HTML.escape(column.heading))</th>"
            out += "<td data-count=\"entries\">\(tally.entries)</td><td data-count=\"own\">\(tally.ownText)</td>"
            for mark in ReviewMark.allCases { out += "<td data-count=\"\(mark.rawValue)\">\(tally[mark])</td>" }
            out += "</tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }
}
