/// `<edition>/text.<language>.yaml` as written.
struct TextFileSyntax {
    struct Entry {
        var key: Located<String>
        var text: Located<String>
    }

    struct ItemEntry {
        var id: Located<String>
        var title: Located<String>?
        var definition: Located<String>?
        var levels: [(level: Located<Int>, text: Located<String>)]
        var criteria: [Entry]
        var informationSources: [Located<String>]
        var guidance: [Located<String>]
        var examples: [Located<String>]
        var scoring: [Located<String>]
        var interviewQuestions: [(heading: Located<String>, questions: [Located<String>])]
        var note: Located<String>?
        /// Parts this item's text deliberately lacks.
        var absent: [Located<TextPart>]
        /// Keys written misspelt (and reported as such), so they are not reported missing too.
        var misspelt: Set<String> = []
    }

    struct GlossaryEntry {
        var id: Located<String>
        var term: Located<String>
        var definition: Located<String>
        var items: [Located<String>]
    }

    var edition: Located<String>
    var language: Located<String>
    var title: Located<String>?
    var dataSources: [Entry]
    var sections: [Entry]
    var items: [ItemEntry]
    var bands: [Entry]
    var absent: [Located<TextPart>]
    var absentNote: Located<String>?
    var scalePoints: [Located<String>]
    var glossary: [GlossaryEntry]
    /// Where the file's top-level mapping starts, for "missing" findings.
    var location: SourceLocation
    /// Where each top-level key was written (`items`, `sections`, …), for "missing" findings.
    var keyLocations: [String: SourceLocation]
}

extension SchemaDecoder {
    mutating func decodeTextFile(_ root: YAMLNode) -> TextFileSyntax? {
        guard let mapping = self.mapping(root, "text file") else { return nil }
        let fields = self.fields(mapping, "text file", TextFileShapes.file)
        guard checkSchema(fields["schema"]) else { return nil }
        let edition = fields["edition"].flatMap { id($0, "edition id", allowLeadingDigit: true) }
        let language = fields["language"].flatMap { languageTag($0) }
        let title = fields["title"].map { text($0) }
        let dataSources = fields["data-sources"].map { entries($0, "data-sources", codeKeys: true) } ?? []
        let sections = fields["sections"].map { entries($0, "sections") } ?? []
        let bands = fields["bands"].map { entries($0, "bands") } ?? []
        var items: [TextFileSyntax.ItemEntry] = []
        if let node = fields["items"], let itemMap = self.mapping(node, "items") {
            for entry in itemMap.entries {
                if let itemID = id(.scalar(entry.key), "item id"), let item = decodeItemText(itemID, entry.value) {
                    items.append(item)
                }
            }
        }
        let absent: [Located<TextPart>] =
            fields["absent"].flatMap { self.sequence($0, "absent") }?.compactMap { choice($0, "text part") } ?? []
        let absentNote = fields["absent-note"].map { text($0) }
        let scalePoints = paragraphs(fields["scale-points"], "scale-points")
        var glossary: [TextFileSyntax.GlossaryEntry] = []
        if let node = fields["glossary"], let terms = self.mapping(node, "glossary") {
            for entry in terms.entries {
                guard let termID = id(.scalar(entry.key), "term id"), let term = self.mapping(entry.value, "term '\(termID.value)'")
                else { continue }
                let termFields = self.fields(term, "term '\(termID.value)'", TextFileShapes.term)
                guard let name = termFields["term"].map({ text($0) }), let definition = termFields["definition"].map({ text($0) })
                else { continue }
                glossary.append(
                    .init(id: termID, term: name, definition: definition, items: termFields["items"].map { ids($0, "item id") } ?? []))
            }
        }
        guard let edition, let language else { return nil }
        return TextFileSyntax(
            edition: edition, language: language, title: title, dataSources: dataSources, sections: sections,
            items: items, bands: bands, absent: absent, absentNote: absentNote, scalePoints: scalePoints, glossary: glossary,
            location: mapping.location,
            keyLocations: Dictionary(mapping.entries.map { ($0.key.value, $0.key.location) }) { first, _ in first })
    }

    private mutating func entries(_ node: YAMLNode, _ what: String, codeKeys: Bool = false) -> [TextFileSyntax.Entry] {
        guard let map = self.mapping(node, what) else { return [] }
        return map.entries.compactMap { entry in
            let key = codeKeys ? Located(entry.key.value, at: entry.key.location) : id(.scalar(entry.key), "id")
            guard let key else { return nil }
            let text = text(entry.value)
            return .init(key: key, text: text)
        }
    }

    private mutating func decodeItemText(_ itemID: Located<String>, _ node: YAMLNode) -> TextFileSyntax.ItemEntry? {
        guard let mapping = self.mapping(node, "item '\(itemID.value)'") else { return nil }
        let fields = self.fields(mapping, "item '\(itemID.value)'", TextFileShapes.item)
        let misspelt = misspeltKeys
        var levels: [(level: Located<Int>, text: Located<String>)] = []
        if let node = fields["levels"], let levelMap = self.mapping(node, "levels") {
            for entry in levelMap.entries {
                if let level = integer(.scalar(entry.key)) { levels.append((level, text(entry.value))) }
            }
        }
        return .init(
            id: itemID, title: fields["title"].map { text($0) }, definition: fields["definition"].map { text($0) },
            levels: levels, criteria: fields["criteria"].map { entries($0, "criteria") } ?? [],
            informationSources: paragraphs(fields["information-sources"], "information-sources"),
            guidance: paragraphs(fields["guidance"], "guidance"), examples: paragraphs(fields["examples"], "examples"),
            scoring: paragraphs(fields["scoring"], "scoring"),
            interviewQuestions: questionGroups(fields["interview-questions"]), note: fields["note"].map { text($0) },
            absent: fields["absent"].flatMap { self.sequence($0, "absent") }?.compactMap { choice($0, "text part") } ?? [],
            misspelt: misspelt)
    }

    /// A list of paragraphs.
    private mutating func paragraphs(_ node: YAMLNode?, _ what: String) -> [Located<String>] {
        guard let node, let list = self.sequence(node, what) else { return [] }
        return list.map { text($0) }
    }

    private mutating func questionGroups(_ node: YAMLNode?) -> [(heading: Located<String>, questions: [Located<String>])] {
        guard let node, let list = self.sequence(node, "interview-questions") else { return [] }
        return list.compactMap { element in
            guard let group = self.mapping(element, "an interview-question group") else { return nil }
            let fields = self.fields(group, "interview-question group", TextFileShapes.questionGroup)
            guard let heading = fields["heading"].map({ text($0) }) else { return nil }
            return (heading, paragraphs(fields["questions"], "questions"))
        }
    }
}
