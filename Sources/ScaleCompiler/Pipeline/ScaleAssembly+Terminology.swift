// Each glossary's forbidden terms, searched in every text of its language.
extension ScaleAssembly {
    /// Each glossary's forbidden terms, searched in every text of its language.
    mutating func checkTerminology(_ glossaries: [(language: String, entry: ScaleSource.Entry)], languages: Set<LanguageTag>) {
        for glossary in glossaries {
            var decoder = SchemaDecoder()
            let syntax = read(glossary.entry).flatMap { decoder.decodeGlossary($0) }
            diagnostics += decoder.diagnostics
            guard let syntax else { continue }
            let language = LanguageTag(syntax.language.value)
            if syntax.language.value != glossary.language {
                diagnostics.append(
                    .error(
                        .languageMismatch, "glossary file is named for '\(glossary.language)' but declares '\(syntax.language.value)'",
                        at: syntax.language.location))
                continue
            }
            guard languages.contains(language) else {
                diagnostics.append(
                    .error(
                        .unknownReference, "no edition has text in '\(syntax.language.value)'",
                        at: syntax.language.location))
                continue
            }
            var check = TerminologyCheck(glossary: syntax)
            for text in textFiles where text.language == language {
                check.check(TextScalars.all(text.syntax), in: text.file)
            }
            diagnostics += check.diagnostics
        }
    }
}
