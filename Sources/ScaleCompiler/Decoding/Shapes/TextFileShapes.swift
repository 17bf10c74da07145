/// The shapes of `<edition>/text.<language>.yaml`.
enum TextFileShapes {
    static let file = ObjectShape(
        name: "text-file", doc: "<edition>/text.<language>.yaml: an edition's text in one language, keyed by the structure's ids.",
        fields: [
            .schemaVersion,
            .editionOfFolder,
            .fileLanguage("text's"),
            .optional("title", .text, "The scale's title."),
            .optional("data-sources", .mapping(keys: .code, values: .text), "Data-source code → its name."),
            .optional("sections", .mapping(keys: .id, values: .text), "Section id → its heading."),
            .optional("items", .mapping(keys: .id, values: .object(item)), "Item id → its text."),
            .optional("bands", .mapping(keys: .id, values: .text), "Band id → its label."),
            .optional("absent", .list(.choice(TextPart.self)), "Parts this language deliberately lacks."),
            .optional("absent-note", .text, "Why those parts are absent."),
            .optional("scale-points", .list(.text), "The manual's general scoring notes, one paragraph per element."),
            .optional("glossary", .mapping(keys: .id, values: .object(term)), "Term id → the term the manual defines."),
        ])

    static let item = ObjectShape(
        name: "item-text", doc: "An item's text, verbatim from the source.",
        fields: [
            .optional("title", .text, "The item's title."),
            .optional("definition", .text, "What the item means."),
            .optional("levels", .mapping(keys: .wholeNumber, values: .text), "Level → its anchor text."),
            .optional("criteria", .mapping(keys: .id, values: .text), "Criterion id → its text."),
            .optional("information-sources", .list(.text), "Where information for the item comes from."),
            .optional("guidance", .list(.text), "The manual's explanation, one paragraph per element."),
            .optional("examples", .list(.text), "Worked examples, one paragraph per element."),
            .optional("scoring", .list(.text), "How to compute the score, one paragraph per element."),
            .optional("interview-questions", .list(.object(questionGroup)), "Interview questions under their headings."),
            .optional("note", .text, "The edition's own remark on the item (an adaptation)."),
            .optional("absent", .list(.choice(TextPart.self)), "Parts of this item's text deliberately lacking."),
        ])

    static let questionGroup = ObjectShape(
        name: "interview-question-group", doc: "A heading and its interview questions.",
        fields: [
            .required("heading", .text, "The heading, verbatim."),
            .required("questions", .list(.text), "The questions, in the source's order."),
        ])

    static let term = ObjectShape(
        name: "term", doc: "A term the manual defines.",
        fields: [
            .required("term", .text, "The term."),
            .required("definition", .text, "Its definition."),
            .optional("items", .list(.id), "The items it applies to."),
        ])
}
