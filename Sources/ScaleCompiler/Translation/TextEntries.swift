/// The translatable entries of an edition's text, flattened to stable keys
/// (`items.caseload-size.levels.1`) in structure order.
///
/// Entries are the core a translation must carry: scale title, section and band labels,
/// data-source labels, and per item its title, definition, anchors, criteria and note. Manual
/// material (guidance, examples, scoring rules, interview questions) is written per language, not
/// translated paragraph by paragraph, so it is not an entry.
public enum TextEntries {
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var part: TextPart
        public var text: String
    }

    /// The entries the structure calls for, in order, with the text `text` has for them (nil
    /// where it has none).
    public static func entries(of text: EditionText?, in edition: EditionDefinition) -> [(key: String, part: TextPart, text: String?)] {
        var result: [(key: String, part: TextPart, text: String?)] = []
        result.append(("title", .title, text?.title))
        for section in edition.sections { result.append(("sections.\(section.id)", .sections, text?.sections[section.id])) }
        for band in edition.bands { result.append(("bands.\(band.id)", .bands, text?.bands[band.id])) }
        for code in edition.dataSources { result.append(("data-sources.\(code)", .dataSources, text?.dataSources[code])) }
        for item in edition.items {
            let itemText = text?.items[item.id]
            let prefix = "items.\(item.id)"
            result.append(("\(prefix).title", .title, itemText?.title))
            result.append(("\(prefix).definition", .definitions, itemText?.definition))
            for level in edition.levels { result.append(("\(prefix).levels.\(level)", .levels, itemText?.levels[level])) }
            if case .criteria(let rule) = item.kind {
                for criterion in rule.criteria {
                    result.append(("\(prefix).criteria.\(criterion)", .criteria, itemText?.criteria[criterion]))
                }
            }
        }
        return result
    }

    /// The entries of the source language: what every translation is measured against. An item's
    /// `note` counts only where the source has one.
    public static func sourceEntries(of edition: EditionDefinition) -> [Entry] {
        let source = edition.text(in: edition.sourceLanguage)
        var result = entries(of: source, in: edition).compactMap { entry in
            entry.text.map { Entry(key: entry.key, part: entry.part, text: $0) }
        }
        for item in edition.items {
            if let note = source?.items[item.id]?.note { result.append(Entry(key: "items.\(item.id).note", part: .definitions, text: note)) }
        }
        return result
    }

    /// One entry's text in a language's text, by key.
    public static func text(_ key: String, in text: EditionText) -> String? {
        let parts = key.split(separator: ".", maxSplits: 3).map(String.init)
        switch parts.first {
        case "title": return text.title
        case "sections": return parts.count > 1 ? text.sections[parts[1]] : nil
        case "bands": return parts.count > 1 ? text.bands[parts[1]] : nil
        case "data-sources": return parts.count > 1 ? text.dataSources[parts[1]] : nil
        case "items":
            guard parts.count >= 3, let item = text.items[parts[1]] else { return nil }
            switch parts[2] {
            case "title": return item.title
            case "definition": return item.definition
            case "note": return item.note
            case "levels": return parts.count == 4 ? Int(parts[3]).flatMap { item.levels[$0] } : nil
            case "criteria": return parts.count == 4 ? item.criteria[parts[3]] : nil
            default: return nil
            }
        default: return nil
        }
    }

    /// How many paragraphs of manual material (guidance, examples, scoring, questions) a text has.
    public static func manualParagraphs(_ text: EditionText) -> Int {
        text.items.values.reduce(0) { total, item in
            total + item.informationSources.count + item.guidance.count + item.examples.count + item.scoring.count
                + item.interviewQuestions.reduce(0) { $0 + 1 + $1.questions.count }
        }
    }
}
