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
    }

    var edition: Located<String>
    var language: Located<String>
    var title: Located<String>?
    var dataSources: [Entry]
    var sections: [Entry]
    var items: [ItemEntry]
    var bands: [Entry]
    /// Where the file's top-level mapping starts, for "missing" findings.
    var location: SourceLocation
}

extension SchemaDecoder {
    mutating func decodeTextFile(_ root: YAMLNode) -> TextFileSyntax? {
        guard let mapping = self.mapping(root, "text file") else { return nil }
        let fields = self.fields(
            mapping, "text file", required: ["schema", "edition", "language"],
            optional: ["title", "data-sources", "sections", "items", "bands"])
        guard checkSchema(fields["schema"]) else { return nil }
        let edition = fields["edition"].flatMap { id($0, "edition id", allowLeadingDigit: true) }
        let language = fields["language"].flatMap { languageTag($0) }
        let title = fields["title"].flatMap { text($0) }
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
        guard let edition, let language else { return nil }
        return TextFileSyntax(
            edition: edition, language: language, title: title, dataSources: dataSources, sections: sections,
            items: items, bands: bands, location: mapping.location)
    }

    private mutating func entries(_ node: YAMLNode, _ what: String, codeKeys: Bool = false) -> [TextFileSyntax.Entry] {
        guard let map = self.mapping(node, what) else { return [] }
        return map.entries.compactMap { entry in
            let key = codeKeys ? Located(entry.key.value, at: entry.key.location) : id(.scalar(entry.key), "id")
            guard let key, let text = text(entry.value) else { return nil }
            return .init(key: key, text: text)
        }
    }

    private mutating func decodeItemText(_ itemID: Located<String>, _ node: YAMLNode) -> TextFileSyntax.ItemEntry? {
        guard let mapping = self.mapping(node, "item '\(itemID.value)'") else { return nil }
        let fields = self.fields(
            mapping, "item '\(itemID.value)'", required: [], optional: ["title", "definition", "levels", "criteria"])
        var levels: [(level: Located<Int>, text: Located<String>)] = []
        if let node = fields["levels"], let levelMap = self.mapping(node, "levels") {
            for entry in levelMap.entries {
                if let level = integer(.scalar(entry.key)), let text = text(entry.value) { levels.append((level, text)) }
            }
        }
        return .init(
            id: itemID, title: fields["title"].flatMap { text($0) }, definition: fields["definition"].flatMap { text($0) },
            levels: levels, criteria: fields["criteria"].map { entries($0, "criteria") } ?? [])
    }
}
