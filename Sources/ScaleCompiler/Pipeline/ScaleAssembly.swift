/// Puts a scale together from its files: which editions and languages exist, whether the files
/// agree with their paths, and the validated editions in order.
struct ScaleAssembly {
    let source: ScaleSource
    var diagnostics: [Diagnostic] = []
    /// The freshness of every translation, for coverage reports.
    var translationStatuses: [TranslationStatus] = []
    /// The generated types' prefix, from scale.yaml.
    private(set) var swiftName: String?
    var snapshots: [String: [String: ScaleSource.Entry]] = [:]
    var staleSeverity: [String: Located<Diagnostic.Severity>] = [:]
    /// Every text file read, for checks across editions (terminology).
    var textFiles: [(language: LanguageTag, syntax: TextFileSyntax, file: SourceFile)] = []

    let staleAsWarnings: Bool
    /// Translations that lack entries, reported once the editions (and fallbacks) are known.
    var partialTranslations: [(edition: String, language: LanguageTag, first: String, location: SourceLocation)] = []

    init(source: ScaleSource, staleAsWarnings: Bool = false) {
        self.source = source
        self.staleAsWarnings = staleAsWarnings
    }

    mutating func read(_ entry: ScaleSource.Entry) -> YAMLNode? {
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
        guard let scaleFile else {
            // Without the list of editions nothing can be assembled, but every structure and
            // text file still gets its own syntax and schema checks.
            checkOnTheirOwn(
                structures: structures.values.sorted { $0.relativePath < $1.relativePath },
                texts: texts.values.flatMap { $0.map(\.entry) }.sorted { $0.relativePath < $1.relativePath })
            return nil
        }
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
}
