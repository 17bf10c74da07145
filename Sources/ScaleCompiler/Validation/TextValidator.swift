/// Checks one language's text against the edition's structure and builds its ``EditionText``.
///
/// Keys that the structure does not have are errors in every language. Missing text is an
/// error in the source language and a warning (`missing-translation`) in a translation.
struct TextValidator {
    let syntax: TextFileSyntax
    let shape: EditionShape
    let isSourceLanguage: Bool
    var diagnostics: [Diagnostic] = []

    init(syntax: TextFileSyntax, shape: EditionShape, isSourceLanguage: Bool) {
        self.syntax = syntax
        self.shape = shape
        self.isSourceLanguage = isSourceLanguage
    }

    private mutating func missing(_ what: String, at location: SourceLocation) {
        let language = syntax.language.value
        if isSourceLanguage {
            diagnostics.append(.error(.missingText, "missing \(what) in the source language '\(language)'", at: location))
        } else {
            diagnostics.append(.warning(.missingTranslation, "missing \(what) in '\(language)'", at: location))
        }
    }

    private mutating func unknown(_ key: Located<String>, _ what: String, known: [String]) {
        diagnostics.append(
            .error(
                .unknownTextKey,
                "\(what) '\(key.value)' does not exist in the structure" + Suggestions.didYouMean(key.value, in: known),
                at: key.location,
                fixIts: Suggestions.closest(to: key.value, in: known).map {
                    [.init(at: key.location, length: key.value.utf8.count, replacement: $0)]
                } ?? []))
    }

    /// Checks a keyed group of texts against the ids the structure declares.
    private mutating func keyed(_ entries: [TextFileSyntax.Entry], known: [String], what: String) -> [String: String] {
        var result: [String: String] = [:]
        for entry in entries {
            guard known.contains(entry.key.value) else {
                unknown(entry.key, what, known: known)
                continue
            }
            result[entry.key.value] = entry.text.value
        }
        for id in known where result[id] == nil && !entries.contains(where: { $0.key.value == id }) {
            missing("\(what) '\(id)'", at: syntax.location)
        }
        return result
    }

    mutating func run() -> EditionText {
        if syntax.title == nil { missing("scale title ('title')", at: syntax.location) }
        let sections = keyed(syntax.sections, known: shape.sections.map(\.id), what: "section")
        let bands = keyed(syntax.bands, known: shape.bands.map(\.id), what: "band")
        let dataSources = keyed(syntax.dataSources, known: shape.dataSources, what: "data source")
        var items: [String: ItemText] = [:]
        for entry in syntax.items {
            guard let item = shape.item(entry.id.value) else {
                unknown(entry.id, "item", known: shape.itemIDs)
                continue
            }
            items[item.id] = itemText(entry, item)
        }
        for id in shape.itemIDs where items[id] == nil && !syntax.items.contains(where: { $0.id.value == id }) {
            missing("text for item '\(id)'", at: syntax.location)
        }
        return EditionText(
            language: LanguageTag(syntax.language.value), title: syntax.title?.value, sections: sections,
            items: items, bands: bands, dataSources: dataSources)
    }

    private mutating func itemText(_ entry: TextFileSyntax.ItemEntry, _ item: ItemDefinition) -> ItemText {
        if entry.title == nil { missing("title of item '\(item.id)'", at: entry.id.location) }
        if entry.definition == nil { missing("definition of item '\(item.id)'", at: entry.id.location) }
        var levels: [Int: String] = [:]
        for (level, text) in entry.levels {
            guard shape.levels.contains(level.value) else {
                diagnostics.append(
                    .error(
                        .levelOutOfRange,
                        "level \(level.value) of item '\(item.id)' is outside the levels \(shape.levels.lowerBound)–\(shape.levels.upperBound)",
                        at: level.location,
                        notes: [.init("levels declared here", at: shape.levelsLocation)]))
                continue
            }
            levels[level.value] = text.value
        }
        let absent = shape.levels.filter { levels[$0] == nil }
        if !absent.isEmpty {
            missing(
                "anchor text for level\(absent.count == 1 ? "" : "s") \(absent.map(String.init).joined(separator: ", ")) of item '\(item.id)'",
                at: entry.id.location)
        }
        var criteria: [String: String] = [:]
        if case .criteria(let rule) = item.kind {
            criteria = keyed(entry.criteria, known: rule.criteria, what: "criterion")
        } else {
            for criterion in entry.criteria {
                diagnostics.append(
                    .error(
                        .unknownTextKey, "item '\(item.id)' is \(item.kind.name) and has no criteria",
                        at: criterion.key.location))
            }
        }
        return ItemText(title: entry.title?.value, definition: entry.definition?.value, levels: levels, criteria: criteria)
    }
}
