/// `glossary/<language>.yaml`: the terms a language prefers and the variants it forbids.
struct GlossarySyntax {
    struct Term {
        var preferred: Located<String>
        var forbidden: [Located<String>]
        var note: Located<String>?
    }

    var language: Located<String>
    var terms: [Term]
}

extension SchemaDecoder {
    mutating func decodeGlossary(_ root: YAMLNode) -> GlossarySyntax? {
        guard let mapping = self.mapping(root, "glossary") else { return nil }
        let fields = self.fields(mapping, "glossary", GlossaryShapes.file)
        guard checkSchema(fields["schema"]) else { return nil }
        let language = fields["language"].flatMap { languageTag($0) }
        let terms: [GlossarySyntax.Term] =
            fields["terms"].flatMap { self.sequence($0, "terms") }?.compactMap { node in
                guard let term = self.mapping(node, "a term") else { return nil }
                let termFields = self.fields(term, "term", GlossaryShapes.term)
                guard let preferred = termFields["preferred"].map({ text($0) }),
                    let forbidden = termFields["forbidden"].flatMap({ self.sequence($0, "forbidden") })
                else { return nil }
                return .init(preferred: preferred, forbidden: forbidden.map { text($0) }, note: termFields["note"].map { text($0) })
            } ?? []
        guard let language else { return nil }
        return GlossarySyntax(language: language, terms: terms)
    }
}
