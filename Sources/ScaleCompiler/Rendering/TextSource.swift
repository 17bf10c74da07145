/// Texts for rendering in one language, with the fallback and absence of each made visible.
struct TextSource {
    /// A text and how it was obtained.
    struct Cell {
        var value: String?
        var status: Status
    }

    enum Status: Equatable {
        case requested, fallback(LanguageTag), absent, missing
        /// Declared absent in the requested language; another language's text is shown.
        case absentShownFrom(LanguageTag)
    }

    let edition: EditionDefinition
    let language: LanguageTag

    var title: String { edition.lookup(language) { $0.title }?.value ?? edition.id }

    func section(_ id: String) -> Cell { lookup { $0.sections[id] } }
    func band(_ id: String) -> Cell { lookup { $0.bands[id] } }

    func item(_ id: String, _ part: TextPart, _ select: @escaping (ItemText) -> String?) -> Cell {
        let cell = lookup { $0.items[id].flatMap(select) }
        guard cell.status != .requested, let own = edition.text(in: language) else { return cell }
        // Declared absent in this language: say so, and which language's text is shown instead.
        guard own.absent.contains(part) || own.items[id]?.absent.contains(part) == true else { return cell }
        guard case .fallback(let served) = cell.status else { return Cell(value: nil, status: .absent) }
        return Cell(value: cell.value, status: .absentShownFrom(served))
    }

    private func lookup(_ select: (EditionText) -> String?) -> Cell {
        guard let found = edition.lookup(language, select) else { return Cell(value: nil, status: .missing) }
        return Cell(value: found.value, status: found.reason == .requested ? .requested : .fallback(found.served))
    }

    /// The cell's HTML: the text, with a mark when it is not the requested language's own.
    func cell(_ cell: Cell) -> String {
        switch cell.status {
        case .requested: return HTML.paragraphs(cell.value ?? "")
        case .fallback(let served):
            return "<span class=\"fallback\">\(HTML.paragraphs(cell.value ?? ""))</span> <span class=\"status\">\(HTML.escape(served.rawValue))</span>"
        case .absent: return "<span class=\"status absent\">absent in \(HTML.escape(language.rawValue))</span>"
        case .absentShownFrom(let served):
            return "<span class=\"status absent\">absent in \(HTML.escape(language.rawValue))</span> <span class=\"fallback\">\(HTML.paragraphs(cell.value ?? ""))</span> <span class=\"status\">\(HTML.escape(served.rawValue))</span>"
        case .missing: return "<span class=\"status missing\">missing</span>"
        }
    }
}
