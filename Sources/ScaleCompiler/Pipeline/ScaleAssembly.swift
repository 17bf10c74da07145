/// Puts a scale together from its files: which editions and languages exist, whether the files
/// agree with their paths, and the validated editions in order.
struct ScaleAssembly {
    let source: ScaleSource
    var diagnostics: [Diagnostic] = []
    /// The freshness of every translation, for coverage reports.
    private(set) var translationStatuses: [TranslationStatus] = []
    /// The generated types' prefix, from scale.yaml.
    private(set) var swiftName: String?
    private var snapshots: [String: [String: ScaleSource.Entry]] = [:]
    private var staleSeverity: [String: Located<Diagnostic.Severity>] = [:]
    /// Every text file read, for checks across editions (terminology).
    private var textFiles: [(language: LanguageTag, syntax: TextFileSyntax, file: SourceFile)] = []

    private let staleAsWarnings: Bool
    /// Translations that lack entries, reported once the editions (and fallbacks) are known.
    private var partialTranslations: [(edition: String, language: LanguageTag, first: String, location: SourceLocation)] = []

    init(source: ScaleSource, staleAsWarnings: Bool = false) {
        self.source = source
        self.staleAsWarnings = staleAsWarnings
    }

    private mutating func read(_ entry: ScaleSource.Entry) -> YAMLNode? {
        let (root, found) = YAMLReader.read(entry.file)
        diagnostics += found
        if root == nil, !found.contains(where: { $0.severity == .error }) {
            diagnostics.append(
                .error(.emptyFile, "file is empty; it must start with 'schema: 1'", at: .init(file: entry.file.path, line: 1, column: 1)))
        }
        return root
    }

    mutating func run() -> ScaleDefinition? {
        var scaleEntry: ScaleSource.Entry?
        var structures: [String: ScaleSource.Entry] = [:]
        var texts: [String: [(language: String, entry: ScaleSource.Entry)]] = [:]
        var relationFiles: [(from: String, to: String, entry: ScaleSource.Entry)] = []
        var glossaries: [(language: String, entry: ScaleSource.Entry)] = []
        for entry in source.entries.sorted(by: { $0.relativePath < $1.relativePath }) {
            switch ScaleFileRole(relativePath: entry.relativePath) {
            case .scale: scaleEntry = entry
            case .structure(let edition): structures[edition] = entry
            case .text(let edition, let language): texts[edition, default: []].append((language, entry))
            case .relations(let from, let to): relationFiles.append((from, to, entry))
            case .textSources(let edition, let language): snapshots[edition, default: [:]][language] = entry
            case .glossary(let language): glossaries.append((language, entry))
            case .unexpected:
                diagnostics.append(
                    .warning(
                        .unexpectedFile,
                        "'\(entry.relativePath)' is not part of the scale layout (scale.yaml, <edition>/structure.yaml, <edition>/text.<language>.yaml) and is ignored",
                        at: .init(file: entry.file.path, line: 1, column: 1)))
            case .ignored: break
            }
        }
        guard let scaleEntry else {
            diagnostics.append(
                .error(
                    .missingFile, "the scale folder has no scale.yaml",
                    at: .init(file: source.path(of: "scale.yaml"), line: 1, column: 1)))
            return nil
        }
        var decoder = SchemaDecoder()
        let scaleFile = read(scaleEntry).flatMap { decoder.decodeScaleFile($0) }
        diagnostics += decoder.diagnostics
        guard let scaleFile else { return nil }
        staleSeverity = scaleFile.staleSeverity
        swiftName = scaleFile.swiftName?.value ?? SwiftName.upperCamel(scaleFile.id.value)

        var editions: [EditionDefinition] = []
        var seenEditions: [String: SourceLocation] = [:]
        // Folders with a structure that scale.yaml does not list: the "did you mean" candidates
        // for a listed edition without a folder (computed once, not per edition).
        let listed = Set(scaleFile.editions.map(\.id.value))
        let known = structures.keys.filter { !listed.contains($0) }.sorted()
        for entry in scaleFile.editions {
            if let first = seenEditions[entry.id.value] {
                diagnostics.append(
                    .error(
                        .duplicateID, "edition '\(entry.id.value)' is listed twice", at: entry.id.location,
                        notes: [.init("first listed here", at: first)]))
                continue
            }
            seenEditions[entry.id.value] = entry.id.location
            guard let structure = structures[entry.id.value] else {
                diagnostics.append(
                    .error(
                        .missingFile,
                        "edition '\(entry.id.value)' has no \(entry.id.value)/structure.yaml"
                            + Suggestions.didYouMean(entry.id.value, in: known),
                        at: entry.id.location))
                continue
            }
            if let edition = assembleEdition(entry, structure: structure, texts: texts[entry.id.value] ?? []) {
                editions.append(edition)
            }
        }
        let listedInOrder = listed.sorted()
        for (editionID, entry) in structures.sorted(by: { $0.key < $1.key }) where seenEditions[editionID] == nil {
            diagnostics.append(
                .error(
                    .unknownReference,
                    "edition folder '\(editionID)' is not listed under 'editions' in scale.yaml"
                        + Suggestions.didYouMean(editionID, in: listedInOrder),
                    at: .init(file: entry.file.path, line: 1, column: 1)))
        }
        for (editionID, files) in texts.sorted(by: { $0.key < $1.key }) where structures[editionID] == nil {
            for file in files {
                diagnostics.append(
                    .error(
                        .missingFile, "text file for edition '\(editionID)', which has no structure.yaml",
                        at: .init(file: file.entry.file.path, line: 1, column: 1)))
            }
        }
        // The languages the scale declares, whether or not their files compiled: a file with
        // errors has reported them already.
        let declaredLanguages = Set(
            texts.values.flatMap { $0.map { LanguageTag($0.language) } }
                + scaleFile.editions.compactMap { $0.sourceLanguage.map { LanguageTag($0.value) } })
        checkTerminology(glossaries, languages: declaredLanguages)
        let fallbacks = checkFallbacks(scaleFile.fallbacks, languages: declaredLanguages)
        for index in editions.indices { editions[index].fallbacks = fallbacks }
        reportPartialTranslations(editions)
        let (relations, locations) = assembleRelations(
            relationFiles, editions: editions, listed: listed)
        let scale = ScaleDefinition(id: scaleFile.id.value, editions: editions, relations: relations)
        var consistency = RelationConsistency(scale: scale, locations: locations)
        consistency.run()
        diagnostics += consistency.diagnostics
        return scale
    }

    /// One warning per partial translation, counting entries exactly as `scalec coverage` does.
    private mutating func reportPartialTranslations(_ editions: [EditionDefinition]) {
        for partial in partialTranslations {
            guard let edition = editions.first(where: { $0.id == partial.edition }) else { continue }
            let status = translationStatuses.first { $0.edition == edition.id && $0.language == partial.language }
            let row = Coverage.row(edition, partial.language, status: status)
            let lacking = row.missing + row.fallback
            guard lacking > 0 else { continue }
            let served = row.fallback > 0 ? ", \(row.fallback) of them served by \(row.fallbackLanguages.joined(separator: ", "))" : ""
            diagnostics.append(
                .warning(
                    .missingTranslation,
                    "'\(partial.language.rawValue)' lacks \(lacking) of \(row.entries - row.absent) entries (the first: \(partial.first))\(served); `scalec coverage --details` lists them, `absent:` declares parts the source material does not have",
                    at: partial.location))
        }
    }

    /// Each glossary's forbidden terms, searched in every text of its language.
    private mutating func checkTerminology(_ glossaries: [(language: String, entry: ScaleSource.Entry)], languages: Set<LanguageTag>) {
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

    /// Fallbacks must name languages the scale has and must not loop.
    private mutating func checkFallbacks(
        _ declared: [(from: Located<String>, to: Located<String>)], languages: Set<LanguageTag>
    ) -> [LanguageTag: LanguageTag] {
        var map: [LanguageTag: LanguageTag] = [:]
        var locations: [LanguageTag: SourceLocation] = [:]
        let known = languages.map(\.rawValue).sorted()
        for (from, to) in declared {
            var valid = true
            for tag in [from, to] where !languages.contains(LanguageTag(tag.value)) {
                diagnostics.append(
                    .error(
                        .unknownReference,
                        "no edition has text in '\(tag.value)' (languages: \(known.joined(separator: ", ")))"
                            + Suggestions.didYouMean(tag.value, in: known),
                        at: tag.location))
                valid = false
            }
            guard valid else { continue }
            map[LanguageTag(from.value)] = LanguageTag(to.value)
            locations[LanguageTag(from.value)] = from.location
        }
        for start in map.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            var chain = [start]
            var current = start
            while let next = map[current] {
                if next == start {
                    diagnostics.append(
                        .error(
                            .fallbackLoop,
                            "fallbacks loop: \((chain + [next]).map(\.rawValue).joined(separator: " → "))",
                            at: locations[start] ?? .init(file: source.path(of: "scale.yaml"), line: 1, column: 1)))
                    map[start] = nil
                    break
                }
                if chain.contains(next) { break }
                chain.append(next)
                current = next
            }
        }
        return map
    }

    private mutating func assembleRelations(
        _ files: [(from: String, to: String, entry: ScaleSource.Entry)], editions: [EditionDefinition],
        listed: Set<String>
    ) -> ([ItemRelation], [ItemRelation: SourceLocation]) {
        var relations: [ItemRelation] = []
        var locations: [ItemRelation: SourceLocation] = [:]
        var pairs: [Set<String>: String] = [:]
        for file in files {
            let pair: Set<String> = [file.from, file.to]
            if let first = pairs[pair] {
                diagnostics.append(
                    .error(
                        .duplicateID, "a second relation file for \(file.from) and \(file.to); the first is \(first)",
                        at: .init(file: file.entry.file.path, line: 1, column: 1)))
                continue
            }
            pairs[pair] = file.entry.relativePath
            var decoder = SchemaDecoder()
            let syntax = read(file.entry).flatMap { decoder.decodeRelationFile($0) }
            diagnostics += decoder.diagnostics
            guard let syntax else { continue }
            var validator = RelationValidator(
                syntax: syntax, fileFrom: file.from, fileTo: file.to, editions: editions, listed: listed)
            let built = validator.run()
            diagnostics += validator.diagnostics
            for (relation, location) in zip(built, validator.locations) { locations[relation] = location }
            relations += built
        }
        return (relations, locations)
    }

    private mutating func assembleEdition(
        _ entry: ScaleFileSyntax.EditionEntry, structure: ScaleSource.Entry,
        texts: [(language: String, entry: ScaleSource.Entry)]
    ) -> EditionDefinition? {
        let errorsBefore = diagnostics.filter { $0.severity == .error }.count
        var decoder = SchemaDecoder()
        let structureSyntax = read(structure).flatMap { decoder.decodeStructure($0) }
        diagnostics += decoder.diagnostics
        guard let structureSyntax else { return nil }
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

    /// Stale entries of each translation that has a snapshot; every translation gets a status.
    private mutating func checkFreshness(_ edition: EditionDefinition, translations: [(language: String, syntax: TextFileSyntax)]) {
        var pending = snapshots[edition.id] ?? [:]
        for (language, syntax) in translations {
            guard let entry = pending.removeValue(forKey: language) else {
                translationStatuses.append(
                    TranslationStatus(edition: edition.id, language: LanguageTag(language), hasSnapshot: false, stale: [], verified: []))
                continue
            }
            var decoder = SchemaDecoder()
            let snapshot = read(entry).flatMap { decoder.decodeSourceSnapshot($0) }
            diagnostics += decoder.diagnostics
            guard let snapshot else { continue }
            var check = StalenessCheck(
                edition: edition, translation: syntax, snapshot: snapshot, severity: staleAsWarnings ? .warning : staleSeverity[language]?.value ?? .warning)
            translationStatuses.append(check.run())
            diagnostics += check.diagnostics
        }
        for (language, entry) in pending.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(
                .warning(
                    .unexpectedFile, "a source snapshot for '\(language)', which edition '\(edition.id)' has no text file for; it is ignored",
                    at: .init(file: entry.file.path, line: 1, column: 1)))
        }
    }
}
