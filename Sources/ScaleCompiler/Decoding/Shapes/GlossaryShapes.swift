/// The shapes of `glossary/<language>.yaml`.
enum GlossaryShapes {
    static let file = ObjectShape(
        name: "glossary-file", doc: "glossary/<language>.yaml: the terms a language prefers and the variants it forbids.",
        fields: [
            .schemaVersion,
            .fileLanguage("glossary's"),
            .required("terms", .list(.object(term)), "The terms."),
        ])

    static let term = ObjectShape(
        name: "glossary-term", doc: "A preferred term and the variants translations must not use.",
        fields: [
            .required("preferred", .text, "The term to use."),
            .required("forbidden", .list(.text), "Variants that are reported where they appear."),
            .optional("note", .text, "Why the term is preferred."),
        ])
}
