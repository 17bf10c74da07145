// One edition from its structure and text files: decoded, validated, its translations checked.
extension ScaleAssembly {
    mutating func assembleEdition(
        _ entry: ScaleFileSyntax.EditionEntry, structure: ScaleSource.Entry,
        texts: [(language: String, entry: ScaleSource.Entry)]
    ) -> EditionDefinition? {
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        var decoder = SchemaDecoder()
        let structureSyntax = read(structure).flatMap { decoder.decodeStructure($0) }
        diagnostics += decoder.diagnostics
        guard let structureSyntax else {
            checkOnTheirOwn(structures: [], texts: texts.map(\.entry))
            return nil
        }
        if structureSyntax.edition.value != entry.id.value {
            diagnostics.append(
                .error(
                    .editionMismatch,
                    "structure.yaml in folder '\(entry.id.value)' declares edition '\(structureSyntax.edition.value)'",
                    at: structureSyntax.edition.location,
                    fixIts: [.init(at: structureSyntax.edition.location, length: structureSyntax.edition.value.utf8.count, replacement: "\"\(entry.id.value)\"")]))
        }
        var structureValidator = StructureValidator(
            syntax: structureSyntax, editionID: entry.id.value, decodedCleanly: decoder.diagnostics.isEmpty)
        let shape = structureValidator.run()
        diagnostics += structureValidator.diagnostics
        // Texts and relations checked against a structure with errors would repeat them as
        // unknown keys; their own syntax is still checked.
        let structureSound = diagnostics.filter({ $0.severity == .error }).count == errorsBefore

        // With a malformed source language (reported), every text is checked as a translation.
        let sourceLanguage = entry.sourceLanguage.map { LanguageTag($0.value) }
        var editionTexts: [EditionText] = []
        var translations: [(language: String, syntax: TextFileSyntax)] = []
        var seenLanguages: [LanguageTag: SourceLocation] = [:]
        for text in texts {
            var textDecoder = SchemaDecoder()
            let syntax = read(text.entry).flatMap { textDecoder.decodeTextFile($0) }
            diagnostics += textDecoder.diagnostics
            guard let syntax else { continue }
            let fileLanguage = text.language
            if let problem = LanguageTagSyntax.problem(in: fileLanguage) {
                diagnostics.append(
                    .error(
                        .invalidLanguageTag, "file name language '\(fileLanguage)' is not a BCP 47 language tag: \(problem)",
                        at: .init(file: text.entry.file.path, line: 1, column: 1)))
                continue
            }
            if syntax.language.value != fileLanguage {
                diagnostics.append(
                    .error(
                        .languageMismatch,
                        "file is named for language '\(fileLanguage)' but declares language '\(syntax.language.value)'",
                        at: syntax.language.location,
                        fixIts: [.init(at: syntax.language.location, length: syntax.language.value.utf8.count, replacement: fileLanguage)]))
                continue
            }
            if syntax.edition.value != entry.id.value {
                diagnostics.append(
                    .error(
                        .editionMismatch, "text file in folder '\(entry.id.value)' declares edition '\(syntax.edition.value)'",
                        at: syntax.edition.location))
            }
            let language = LanguageTag(fileLanguage)
            if let first = seenLanguages[language] {
                diagnostics.append(
                    .error(
                        .duplicateID, "a second text file for language '\(language)'", at: syntax.language.location,
                        notes: [.init("first text file for it", at: first)]))
                continue
            }
            seenLanguages[language] = syntax.language.location
            textFiles.append((language, syntax, text.entry.file))
            if language != sourceLanguage { translations.append((fileLanguage, syntax)) }
            guard structureSound else { continue }
            var textValidator = TextValidator(
                syntax: syntax, shape: shape, isSourceLanguage: language == sourceLanguage)
            editionTexts.append(textValidator.run())
            diagnostics += textValidator.diagnostics
            if let summary = textValidator.missingSummary {
                partialTranslations.append((entry.id.value, language, summary.first, summary.location))
            }
        }
        // A source text file that exists but failed to read has its own errors already.
        guard structureSound else { return nil }
        if let declared = entry.sourceLanguage, let sourceLanguage,
            !texts.contains(where: { LanguageTag($0.language) == sourceLanguage })
        {
            diagnostics.append(
                .error(
                    .missingFile,
                    "edition '\(entry.id.value)' has no text in its source language: expected \(entry.id.value)/text.\(declared.value).yaml",
                    at: declared.location))
        }
        editionTexts.sort { ($0.language == sourceLanguage ? 0 : 1, $0.language.rawValue) < ($1.language == sourceLanguage ? 0 : 1, $1.language.rawValue) }
        let edition = EditionDefinition(
            id: entry.id.value, sourceLanguage: sourceLanguage ?? LanguageTag("und"), levels: shape.levels, sections: shape.sections,
            bands: shape.bands, dataSources: shape.dataSources, texts: editionTexts, missingData: shape.missingData)
        // Freshness compares translations with a sound source; with errors in the edition it
        // would only repeat them as "changed" texts.
        if diagnostics.filter({ $0.severity == .error }).count == errorsBefore {
            checkFreshness(edition, translations: translations)
        }
        return edition
    }

    /// Files whose structure (or scale.yaml) could not be read still get their own checks, so a
    /// broken file hides no other file's errors: each file's syntax and schema. Checks against
    /// the structure cannot run, so nothing is reported as unknown against it.
    mutating func checkOnTheirOwn(structures: [ScaleSource.Entry], texts: [ScaleSource.Entry]) {
        for entry in structures {
            var decoder = SchemaDecoder()
            _ = read(entry).flatMap { decoder.decodeStructure($0) }
            diagnostics += decoder.diagnostics
        }
        for entry in texts {
            var decoder = SchemaDecoder()
            _ = read(entry).flatMap { decoder.decodeTextFile($0) }
            diagnostics += decoder.diagnostics
        }
    }
}
