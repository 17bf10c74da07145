/// Texts for rendering in one language, with the fallback and absence of each made visible.
///
/// Statuses follow `scalec coverage`: text served by a declared fallback language is a
/// fallback; text only the source language has is missing (the source text may still be shown,
/// marked); a part the language's text file declares absent is absent.
struct TextSource {
    /// A text and how it was obtained.
    struct Cell: Equatable {
        var value: String?
        var status: Status
    }

    enum Status: Equatable {
        /// The language's own text.
        case requested
        /// Served by a declared fallback language other than the source language.
        case fallback(LanguageTag)
        /// Missing: neither the language nor a declared fallback has it; the source language does.
        case sourceLanguage(LanguageTag)
        /// Declared absent in the language, and no language has it.
        case absent
        /// Declared absent in the language; another language's text is shown.
        case absentShownFrom(LanguageTag)
        /// No language has it.
        case missing
    }

    let edition: EditionDefinition
    let language: LanguageTag

    var title: String { edition.lookup(language) { $0.title }?.value ?? edition.id }

    /// The text of one entry (`items.caseload-size.levels.3`) and how it was obtained.
    func entry(_ key: String, _ part: TextPart) -> Cell {
        guard let found = edition.lookup(language, { TextEntries.text(key, in: $0) }) else {
            return Cell(value: nil, status: isAbsent(key, part) ? .absent : .missing)
        }
        if found.served == language { return Cell(value: found.value, status: .requested) }
        if isAbsent(key, part) { return Cell(value: found.value, status: .absentShownFrom(found.served)) }
        let status: Status = found.served == edition.sourceLanguage ? .sourceLanguage(found.served) : .fallback(found.served)
        return Cell(value: found.value, status: status)
    }

    /// Whether the language's text file declares the entry's part absent, for the whole file or
    /// for the entry's item.
    func isAbsent(_ key: String, _ part: TextPart) -> Bool {
        guard let own = edition.text(in: language) else { return false }
        if own.absent.contains(part) { return true }
        let parts = key.split(separator: ".")
        guard parts.count > 2, parts[0] == "items" else { return false }
        return own.items[String(parts[1])]?.absent.contains(part) == true
    }

    /// The cell's HTML for a scoring form: the text, marked when it is not the language's own,
    /// with borrowed text in its own language.
    func cell(_ cell: Cell, chrome: PageChrome) -> String {
        let value = cell.value ?? ""
        func borrowed(_ served: LanguageTag) -> String {
            "<span class=\"borrowed\" lang=\"\(HTML.escape(served.rawValue))\">\(HTML.paragraphs(value))</span>"
        }
        func from(_ served: LanguageTag) -> String { PageChrome.fill(chrome.fromLanguage, ["language": served.rawValue]) }
        switch cell.status {
        case .requested: return HTML.paragraphs(value)
        case .fallback(let served): return "\(ReviewMark.fallback.badge(chrome, detail: from(served))) \(borrowed(served))"
        case .sourceLanguage(let served): return "\(ReviewMark.missing.badge(chrome, detail: from(served))) \(borrowed(served))"
        case .absent: return ReviewMark.absent.badge(chrome)
        case .absentShownFrom(let served): return "\(ReviewMark.absent.badge(chrome, detail: from(served))) \(borrowed(served))"
        case .missing: return ReviewMark.missing.badge(chrome)
        }
    }
}
