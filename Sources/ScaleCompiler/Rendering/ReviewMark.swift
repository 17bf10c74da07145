/// What a review sheet says about one text, each with a colour, a symbol and a label (never
/// colour alone), in the order the legend and the summary list them.
enum ReviewMark: String, CaseIterable, Sendable {
    /// No text in the language and none from a declared fallback.
    case missing
    /// The text file declares the part absent (`absent:`).
    case absent
    /// Served by a declared fallback language.
    case fallback
    /// Translated from a source text that has changed since (the snapshot says so).
    case stale
    /// A close language's own text, with words that differ from the left column.
    case changed

    /// The symbol printed with the label, so the mark survives black-and-white print.
    var symbol: String {
        switch self {
        case .missing: "✗"
        case .absent: "∅"
        case .fallback: "↪"
        case .stale: "⚠"
        case .changed: "±"
        }
    }

    func words(_ chrome: PageChrome) -> PageChrome.MarkWords {
        switch self {
        case .missing: chrome.missing
        case .absent: chrome.absent
        case .fallback: chrome.fallback
        case .stale: chrome.stale
        case .changed: chrome.changedWords
        }
    }

    /// The badge: symbol and label in the chrome's language, then `detail` ("from sv").
    func badge(_ chrome: PageChrome, detail: String? = nil) -> String {
        let label = words(chrome).label + (detail.map { " · \($0)" } ?? "")
        return "<span class=\"mark mark-\(rawValue)\" lang=\"\(HTML.escape(chrome.language.rawValue))\">"
            + "<span aria-hidden=\"true\">\(symbol)</span> \(HTML.escape(label))</span>"
    }
}
