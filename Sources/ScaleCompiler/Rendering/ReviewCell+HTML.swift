extension ReviewCell {
    /// The table cell: the mark first, the text in its own language, then where it is written.
    func html(_ chrome: PageChrome) -> String {
        let lang = HTML.escape(language.rawValue)
        let markName = mark?.rawValue ?? (state == .noCounterpart ? "none" : "own")
        var out = "<td class=\"cell\" data-mark=\"\(markName)\" lang=\"\(lang)\">"
        switch state {
        case .own(let text):
            if mark == .changed, let left = comparedWith {
                out += "\(ReviewMark.changed.badge(chrome)) <span class=\"text\">\(WordDiff.html(left, text))</span>"
            } else {
                out += "<span class=\"text\">\(HTML.paragraphs(text))</span>"
            }
        case .stale(let text, let change):
            out += "\(ReviewMark.stale.badge(chrome)) <span class=\"text\">\(HTML.paragraphs(text))</span>"
            out += Self.sourceChange(change, chrome)
        case .fallback(let text, let served):
            let from = PageChrome.fill(chrome.fromLanguage, ["language": served.rawValue])
            out += "\(ReviewMark.fallback.badge(chrome, detail: from)) "
            out += "<span class=\"text borrowed\" lang=\"\(HTML.escape(served.rawValue))\">\(HTML.paragraphs(text))</span>"
        case .absent:
            out += ReviewMark.absent.badge(chrome)
        case .missing:
            out += ReviewMark.missing.badge(chrome)
        case .noCounterpart:
            out += "<span class=\"meta\" lang=\"\(HTML.escape(chrome.language.rawValue))\">– \(HTML.escape(chrome.noCounterpart))</span>"
        }
        if let location { out += locationHTML(location, chrome) }
        return out + "</td>"
    }

    /// The file and line, with what to do there for absent and missing entries.
    private func locationHTML(_ location: String, _ chrome: PageChrome) -> String {
        let template: String? =
            switch state {
            case .absent: chrome.declaredIn
            case .missing: chrome.addIn
            default: nil
            }
        let chromeLang = HTML.escape(chrome.language.rawValue)
        guard let template else {
            return "<span class=\"where\" translate=\"no\">\(HTML.escape(location))</span>"
        }
        let parts = template.split(separator: "{file}", omittingEmptySubsequences: false).map(String.init)
        let before = parts.first.map(HTML.escape) ?? ""
        let after = parts.dropFirst().joined(separator: "{file}")
        return "<span class=\"where\" lang=\"\(chromeLang)\">\(before)<span translate=\"no\">\(HTML.escape(location))</span>\(HTML.escape(after))</span>"
    }

    /// The source text a stale translation was made from, and the source text now (its changed
    /// words marked), each in the source language.
    private static func sourceChange(_ change: TextFileFacts.Stale, _ chrome: PageChrome) -> String {
        let source = HTML.escape(change.source.rawValue)
        let chromeLang = HTML.escape(chrome.language.rawValue)
        func label(_ template: String) -> String {
            "<span class=\"label\" lang=\"\(chromeLang)\">\(HTML.escape(PageChrome.fill(template, ["language": change.source.rawValue])))</span>"
        }
        func missing(_ words: String) -> String { "<span class=\"meta\" lang=\"\(chromeLang)\">\(HTML.escape(words))</span>" }
        var out = "<div class=\"source-change\">"
        out += "<p class=\"was\">\(label(chrome.sourceWas)) "
        out += change.was.map { "<span lang=\"\(source)\">\(HTML.paragraphs($0))</span>" } ?? missing(chrome.notRecorded)
        out += "</p><p class=\"now\">\(label(chrome.sourceNow)) "
        if let now = change.now {
            let text = change.was.map { WordDiff.html($0, now) } ?? HTML.paragraphs(now)
            out += "<span lang=\"\(source)\">\(text)</span>"
        } else {
            out += missing(chrome.sourceGone)
        }
        return out + "</p></div>"
    }
}
