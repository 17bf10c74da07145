/// The legend of a review sheet: each mark as it appears on the page, and what it asks of the
/// localiser.
enum ReviewLegend {
    static func html(_ page: ReviewPage) -> String {
        let chrome = page.chrome
        var out = "<section class=\"legend\" aria-labelledby=\"legend\"><h2 id=\"legend\">\(HTML.escape(chrome.marks))</h2>\n<dl>\n"
        for mark in ReviewMark.allCases {
            var explanation = HTML.escape(mark.words(chrome).explanation)
            switch mark {
            case .stale:
                // The command, for the column that has stale entries.
                for column in [page.left, page.right] where !column.facts.stale.isEmpty {
                    let command = "scalec refresh \(chrome.scaleFolder) --edition \(column.edition.id) --language \(column.language.rawValue)"
                    explanation += " \(HTML.escape(chrome.afterReview)) <code translate=\"no\">\(HTML.escape(command))</code>"
                }
            case .changed where page.close:
                explanation += " <span class=\"sample\" lang=\"zxx\" translate=\"no\"><del>abc</del> <ins>abc</ins></span>"
            default: break
            }
            out += "<div class=\"legend-entry\"><dt>\(mark.badge(chrome))</dt><dd>\(explanation)</dd></div>\n"
        }
        return out + "</dl></section>\n"
    }
}
