/// Renders one language's texts of an edition as a static ``EditionText``.
struct TextRenderer {
    let text: EditionText

    private func string(_ value: String) -> String { SwiftLiteral.string(value) }

    private func dictionary(_ values: [String: String], indent: String) -> String {
        guard !values.isEmpty else { return "[:]" }
        let entries = values.sorted { $0.key < $1.key }.map { "\(indent)    \(string($0.key)): \(string($0.value))," }
        return "[\n" + entries.joined(separator: "\n") + "\n\(indent)]"
    }

    /// The builder function's name.
    static func builderName(of language: LanguageTag) -> String {
        "make\(SwiftName.upperCamel(SwiftName.language(language)))Text"
    }

    /// The `static let` holding the built texts, which the edition's `definition` reads on first use.
    static func storedName(of language: LanguageTag) -> String {
        "built\(SwiftName.upperCamel(SwiftName.language(language)))Text"
    }

    /// An extension of the edition's namespace with a builder function of one statement per
    /// item text, so that compile time stays linear. It stands in a file of its own, so editing
    /// one language's texts recompiles only that file.
    func render(extending edition: String, into w: inout CodeWriter) {
        let language = SwiftName.upperCamel(SwiftName.language(text.language))
        let sorted = text.items.sorted(by: { $0.key < $1.key })
        let chunks = stride(from: 0, to: max(sorted.count, 1), by: EditionRenderer.chunkSize).map {
            sorted[$0..<min($0 + EditionRenderer.chunkSize, sorted.count)]
        }
        w.block("extension \(edition) {") { w in
            w.line("/// The `\(text.language.rawValue)` texts, built once, when ``definition`` first needs them.")
            w.line("nonisolated static let \(Self.storedName(of: text.language)) = \(Self.builderName(of: text.language))()")
            w.line()
            w.line("/// Builds the `\(text.language.rawValue)` texts.")
            w.block("nonisolated private static func \(Self.builderName(of: text.language))() -> EditionText {") { w in
                w.line("var items: [String: ItemText] = [:]")
                w.line("items.reserveCapacity(\(text.items.count))")
                for index in chunks.indices { w.line("add\(language)Texts\(index)(to: &items)") }
                renderEditionText(into: &w)
            }
            for (index, chunk) in chunks.enumerated() {
                w.line()
                w.block("nonisolated private static func add\(language)Texts\(index)(to items: inout [String: ItemText]) {") { w in
                    renderItems(chunk, into: &w)
                }
            }
        }
    }

    private func renderItems(_ items: ArraySlice<(key: String, value: ItemText)>, into w: inout CodeWriter) {
        for (id, item) in items {
            w.line("items[\(string(id))] = ItemText(")
            w.line("    title: \(item.title.map(string) ?? "nil"),")
            w.line("    definition: \(item.definition.map(string) ?? "nil"),")
            let levels = item.levels.sorted { $0.key < $1.key }.map { "        \($0.key): \(string($0.value))," }
            w.line("    levels: " + (levels.isEmpty ? "[:]," : "[\n" + levels.joined(separator: "\n") + "\n    ],"))
            w.line("    criteria: \(dictionary(item.criteria, indent: "    ")),")
            list("informationSources", item.informationSources, into: &w)
            list("guidance", item.guidance, into: &w)
            list("examples", item.examples, into: &w)
            list("scoring", item.scoring, into: &w)
            if !item.interviewQuestions.isEmpty {
                w.line("    interviewQuestions: [")
                for group in item.interviewQuestions {
                    w.line("        QuestionGroup(heading: \(string(group.heading)), questions: [")
                    for question in group.questions { w.line("            \(string(question)),") }
                    w.line("        ]),")
                }
                w.line("    ],")
            }
            let absent = item.absent.map { ".\(SwiftName.lowerCamel($0.rawValue))" }.sorted()
            w.line("    note: \(item.note.map(string) ?? "nil")" + (absent.isEmpty ? ")" : ","))
            if !absent.isEmpty { w.line("    absent: [\(absent.joined(separator: ", "))])") }
        }
    }

    private func renderEditionText(into w: inout CodeWriter) {
        w.line("return EditionText(")
        w.line("    language: LanguageTag(\(string(text.language.rawValue))),")
        w.line("    title: \(text.title.map(string) ?? "nil"),")
        w.line("    sections: \(dictionary(text.sections, indent: "    ")),")
        w.line("    items: items,")
        w.line("    bands: \(dictionary(text.bands, indent: "    ")),")
        w.line("    dataSources: \(dictionary(text.dataSources, indent: "    ")),")
        let absent = text.absent.map { ".\(SwiftName.lowerCamel($0.rawValue))" }.sorted()
        w.line("    absent: [\(absent.joined(separator: ", "))],")
        w.line("    absentNote: \(text.absentNote.map(string) ?? "nil"),")
        w.line("    scalePoints: [\(text.scalePoints.map(string).joined(separator: ", "))],")
        if text.glossary.isEmpty {
            w.line("    glossary: []")
        } else {
            w.line("    glossary: [")
            for term in text.glossary {
                w.line("        GlossaryTerm(")
                w.line("            id: \(string(term.id)), term: \(string(term.term)),")
                w.line("            definition: \(string(term.definition)),")
                w.line("            items: \(SwiftLiteral.strings(term.items))),")
            }
            w.line("    ]")
        }
        w.line(")")
    }

    /// A labelled array argument of paragraphs, left out when empty (the initialiser defaults it).
    private func list(_ label: String, _ values: [String], into w: inout CodeWriter) {
        guard !values.isEmpty else { return }
        w.line("    \(label): [")
        for value in values { w.line("        \(string(value)),") }
        w.line("    ],")
    }
}
