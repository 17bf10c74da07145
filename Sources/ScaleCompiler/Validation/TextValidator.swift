/// Checks one language's text against the edition's structure and builds its ``EditionText``.
///
/// Keys that the structure does not have are errors in every language. Missing text is an
/// error in the source language and a warning (`missing-translation`) in a translation.
struct TextValidator {
    let syntax: TextFileSyntax
    let shape: EditionShape
    let isSourceLanguage: Bool
    var diagnostics: [Diagnostic] = []
    /// Ids that an unknown key was suggested for: the misspelling is the one error, so these are
    /// not reported again as missing.
    private var suggested: Set<String> = []
    private var suggestions = SuggestionBudget()

    init(syntax: TextFileSyntax, shape: EditionShape, isSourceLanguage: Bool) {
        self.syntax = syntax
        self.shape = shape
        self.isSourceLanguage = isSourceLanguage
    }

    private var absent: Set<TextPart> { Set(syntax.absent.map(\.value)) }
    /// The absences declared on the item being checked, in addition to the file's.
    private var itemAbsentDeclarations: [Located<TextPart>] = []
    private var itemAbsent: Set<TextPart> { Set(itemAbsentDeclarations.map(\.value)) }

    /// Entries a translation lacks, reported once per file (a partial translation is normal
    /// while translating; `scalec coverage --details` lists them).
    private var missingInTranslation: [String] = []

    private mutating func missing(_ what: String, _ part: TextPart, at location: SourceLocation) {
        guard !absent.contains(part), !itemAbsent.contains(part) else { return }
        let language = syntax.language.value
        if isSourceLanguage {
            diagnostics.append(.error(.missingText, "missing \(what) in the source language '\(language)'", at: location))
        } else {
            missingInTranslation.append(what)
        }
    }

    /// The first thing a translation lacks and where to report it. The one summary warning is
    /// made once the edition is assembled, counting entries as `scalec coverage` does.
    private(set) var missingSummary: (first: String, location: SourceLocation)?

    private mutating func reportMissingTranslations() {
        guard let first = missingInTranslation.first else { return }
        missingSummary = (first, syntax.language.location)
    }

    private mutating func unknown(_ key: Located<String>, _ what: String, known: [String]) {
        let suggestion = suggestions.closest(to: key.value, in: known)
        if let suggestion { suggested.insert(suggestion) }
        diagnostics.append(
            .error(
                .unknownTextKey,
                "\(what) '\(key.value)' does not exist in the structure" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                at: key.location,
                fixIts: suggestion.map {
                    [.init(at: key.location, length: key.value.utf8.count, replacement: $0)]
                } ?? []))
    }

    /// Checks a keyed group of texts against the ids the structure declares.
    /// - Parameter missingAt: Where a missing key is reported (the owning item, or the file).
    private mutating func keyed(
        _ entries: [TextFileSyntax.Entry], known: [String], what: String, part: TextPart,
        missingAt: SourceLocation? = nil
    ) -> [String: String] {
        if absent.union(itemAbsent).contains(part), let first = entries.first {
            declaredAbsent(part, at: first.key.location)
        }
        var result: [String: String] = [:]
        for entry in entries {
            guard known.contains(entry.key.value) else {
                unknown(entry.key, what, known: known)
                continue
            }
            result[entry.key.value] = entry.text.value
        }
        for id in known where result[id] == nil && !suggested.contains(id) && !entries.contains(where: { $0.key.value == id }) {
            missing("\(what) '\(id)'", part, at: missingAt ?? syntax.location)
        }
        return result
    }

    mutating func run() -> EditionText {
        if syntax.title == nil { missing("scale title ('title')", .title, at: syntax.location) }
        if let title = syntax.title, absent.contains(.title) { declaredAbsent(.title, at: title.location) }
        let sections = keyed(
            syntax.sections, known: shape.sections.map(\.id), what: "section", part: .sections,
            missingAt: syntax.keyLocations["sections"])
        let bands = keyed(syntax.bands, known: shape.bandIDs, what: "band", part: .bands, missingAt: syntax.keyLocations["bands"])
        let dataSources = keyed(
            syntax.dataSources, known: shape.dataSources, what: "data source", part: .dataSources,
            missingAt: syntax.keyLocations["data-sources"])
        var items: [String: ItemText] = [:]
        for entry in syntax.items {
            guard let item = shape.item(entry.id.value) else {
                unknown(entry.id, "item", known: shape.itemIDs)
                continue
            }
            items[item.id] = itemText(entry, item)
        }
        for id in shape.itemIDs where items[id] == nil && !suggested.contains(id) && !syntax.items.contains(where: { $0.id.value == id }) {
            missing("text for item '\(id)'", .title, at: syntax.keyLocations["items"] ?? syntax.location)
        }
        reportMissingTranslations()
        return EditionText(
            language: LanguageTag(syntax.language.value), title: syntax.title?.value, sections: sections,
            items: items, bands: bands, dataSources: dataSources, absent: absent, absentNote: syntax.absentNote?.value,
            scalePoints: syntax.scalePoints.map(\.value), glossary: glossary())
    }

    /// Glossary terms name items of the structure; a term id is given once.
    private mutating func glossary() -> [GlossaryTerm] {
        var registry = IDRegistry(kind: "glossary term")
        var result: [GlossaryTerm] = []
        for entry in syntax.glossary {
            if let problem = registry.register(entry.id) {
                diagnostics.append(problem)
                continue
            }
            var items: [String] = []
            for item in entry.items {
                guard shape.item(item.value) != nil else {
                    unknown(item, "item", known: shape.itemIDs)
                    continue
                }
                items.append(item.value)
            }
            result.append(GlossaryTerm(id: entry.id.value, term: entry.term.value, definition: entry.definition.value, items: items))
        }
        return result
    }

    /// Text given for a part the file declares absent: one of the two is wrong.
    private mutating func declaredAbsent(_ part: TextPart, at location: SourceLocation) {
        let declaration = (itemAbsentDeclarations + syntax.absent).first { $0.value == part }
        diagnostics.append(
            .error(
                .absentButPresent, "'\(part.rawValue)' is declared absent in this file but text is given for it",
                at: location, notes: declaration.map { [.init("declared absent here", at: $0.location)] } ?? []))
    }

    private mutating func itemText(_ entry: TextFileSyntax.ItemEntry, _ item: ItemDefinition) -> ItemText {
        itemAbsentDeclarations = entry.absent
        defer { itemAbsentDeclarations = [] }
        // A misspelt key was reported as such; it is not also missing.
        if entry.title == nil, !entry.misspelt.contains("title") { missing("title of item '\(item.id)'", .title, at: entry.id.location) }
        if entry.definition == nil, !entry.misspelt.contains("definition") {
            missing("definition of item '\(item.id)'", .definitions, at: entry.id.location)
        }
        let absentHere = absent.union(itemAbsent)
        if let definition = entry.definition, absentHere.contains(.definitions) {
            declaredAbsent(.definitions, at: definition.location)
        }
        if let first = entry.levels.first, absentHere.contains(.levels) { declaredAbsent(.levels, at: first.level.location) }
        var levels: [Int: String] = [:]
        var outside: [Located<Int>] = []
        for (level, text) in entry.levels {
            guard shape.levels.contains(level.value) else {
                outside.append(level)
                continue
            }
            levels[level.value] = text.value
        }
        let absent = shape.levels.filter { levels[$0] == nil }
        // A level written as another number (6 for 5) is one mistake: said once, at the key, with
        // the missing level as the fix-it, and not again as a missing anchor text.
        let paired = outside.count == absent.count
        for (index, level) in outside.enumerated() {
            let meant = paired ? absent[index] : nil
            diagnostics.append(
                .error(
                    .levelOutOfRange,
                    "level \(level.value) of item '\(item.id)' is outside the levels \(shape.levels.lowerBound)–\(shape.levels.upperBound)"
                        + (meant.map { "; level \($0) has no text: did you mean \($0)?" } ?? ""),
                    at: level.location,
                    notes: [.init("levels declared here", at: shape.levelsLocation)],
                    fixIts: meant.map { [.init(at: level.location, length: String(level.value).utf8.count, replacement: String($0))] } ?? []))
        }
        if !absent.isEmpty, !paired, !entry.misspelt.contains("levels") {
            missing(
                "anchor text for level\(absent.count == 1 ? "" : "s") \(absent.map(String.init).joined(separator: ", ")) of item '\(item.id)'",
                .levels, at: entry.id.location)
        }
        var criteria: [String: String] = [:]
        if case .criteria(let rule) = item.kind {
            criteria = keyed(
                entry.criteria, known: rule.criteria, what: "criterion of item '\(item.id)'", part: .criteria,
                missingAt: entry.id.location)
        } else {
            for criterion in entry.criteria {
                diagnostics.append(
                    .error(
                        .unknownTextKey, "item '\(item.id)' is \(item.kind.name) and has no criteria",
                        at: criterion.key.location))
            }
        }
        return ItemText(
            title: entry.title?.value, definition: entry.definition?.value, levels: levels, criteria: criteria,
            informationSources: entry.informationSources.map(\.value), guidance: entry.guidance.map(\.value),
            examples: entry.examples.map(\.value), scoring: entry.scoring.map(\.value),
            interviewQuestions: entry.interviewQuestions.map { QuestionGroup(heading: $0.heading.value, questions: $0.questions.map(\.value)) },
            note: entry.note?.value, absent: itemAbsent)
    }
}
