/// Applies the targets of an XLIFF document to a language's text file, touching only the
/// entries whose target changed, all in one edit of the file. Units whose source no longer
/// matches the current source text are conflicts: reported at the unit, not imported. Targets in
/// state `initial` (drafts, stale exports) are not imported either.
public enum XLIFFImport {
    /// What an import did, or would do.
    public struct Result: Sendable {
        /// The edited text file (nil when nothing could be applied).
        public var file: SourceFile?
        /// The keys whose text the edit changed, in document order.
        public var changed: [String]
        /// How many imported targets equal the text already there.
        public var unchanged: Int
        /// The imported units (changed or unchanged) whose segments are all `reviewed` or
        /// `final`, in document order: a later step may record them as reviewed against the
        /// current source.
        public var reviewedKeys: [String]
        /// The units whose target is in state `initial`, not imported.
        public var initialKeys: [String]
        /// Conflicts (warnings) and errors, located in the XLIFF or the text file.
        public var diagnostics: [Diagnostic]
    }

    /// Applies `document` to `textFile` (nil: a new file for `language` at `textPath`), all edits
    /// in one pass over the file. The document must name the edition's source language,
    /// `language` and the edition; otherwise nothing is applied and the mismatches are errors.
    public static func apply(
        _ document: XLIFFDocument, xliffPath: String, to textFile: SourceFile?, textPath: String,
        edition: EditionDefinition, language: LanguageTag
    ) -> Result {
        var result = Result(file: nil, changed: [], unchanged: 0, reviewedKeys: [], initialKeys: [], diagnostics: [])
        result.diagnostics = headerProblems(document, edition: edition, language: language)
        guard result.diagnostics.isEmpty else { return result }
        let known = Set(TextEntries.sourceEntries(of: edition).map(\.key))
        let source = edition.text(in: edition.sourceLanguage)
        let current = edition.text(in: language)
        var edits: [(unit: XLIFFDocument.Unit, edit: YAMLBatchEditor.Edit)] = []
        var initial: [XLIFFDocument.Unit] = []
        for unit in document.units {
            guard let target = unit.target else { continue }
            guard known.contains(unit.id), let sourceText = source.flatMap({ TextEntries.text(unit.id, in: $0) }) else {
                result.diagnostics.append(
                    .warning(.xliffConflict, "'\(unit.id)' is not an entry of edition '\(edition.id)'; not imported", at: unit.location))
                continue
            }
            guard unit.state != .initial else {
                initial.append(unit)
                continue
            }
            guard unit.source == sourceText else {
                result.diagnostics.append(
                    .warning(
                        .xliffConflict,
                        "the \(edition.sourceLanguage) source of '\(unit.id)' changed since this file was exported; not imported",
                        at: unit.location,
                        notes: [
                            .init("exported from: \(StalenessCheck.excerpt(unit.source))"),
                            .init("source is now: \(StalenessCheck.excerpt(sourceText))"),
                        ]))
                continue
            }
            if unit.state.isReviewed { result.reviewedKeys.append(unit.id) }
            if current.flatMap({ TextEntries.text(unit.id, in: $0) }) == target {
                result.unchanged += 1
                continue
            }
            edits.append((unit, YAMLBatchEditor.Edit(path: path(of: unit.id), text: target)))
        }
        if let first = initial.first {
            result.initialKeys = initial.map(\.id)
            result.diagnostics.append(
                .warning(
                    .xliffInitialState,
                    "not imported: \(initial.count) unit\(initial.count == 1 ? "" : "s") in state initial: \(result.initialKeys.joined(separator: ", "))",
                    at: first.location,
                    notes: [.init("a target is imported once the translation tool marks it translated, reviewed or final")]))
        }
        let base =
            textFile
            ?? SourceFile(
                path: textPath,
                text: "schema: 1\nedition: \(YAMLText.scalar(edition.id))\nlanguage: \(YAMLText.scalar(language.rawValue))\n")
        let outcome = YAMLBatchEditor.apply(edits.map(\.edit), to: base)
        var failed = Set<String>()
        for failure in outcome.failures {
            let unit = edits[failure.index].unit
            failed.insert(unit.id)
            result.diagnostics.append(.error(.xliffInvalid, "cannot import '\(unit.id)': \(failure.error)", at: unit.location))
        }
        result.changed = edits.map(\.unit.id).filter { !failed.contains($0) }
        result.reviewedKeys.removeAll { failed.contains($0) }
        result.file = outcome.file
        return result
    }

    /// The document must name the edition's source language, the language imported into and
    /// the edition; each mismatch is an error at the attribute.
    private static func headerProblems(_ document: XLIFFDocument, edition: EditionDefinition, language: LanguageTag) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let checks: [(declared: String?, expected: String, what: String, location: SourceLocation, isTag: Bool)] = [
            (document.sourceLanguage, edition.sourceLanguage.rawValue, "srcLang", document.sourceLanguageLocation, true),
            (document.targetLanguage, language.rawValue, "trgLang", document.targetLanguageLocation, true),
            (document.fileID, edition.id, "file id", document.fileIDLocation, false),
        ]
        for check in checks {
            let matches = check.declared.map { check.isTag ? LanguageTag($0).rawValue == check.expected : $0 == check.expected } ?? false
            if !matches {
                problems.append(
                    .error(
                        .xliffInvalid, "the document's \(check.what) is '\(check.declared ?? "")', expected '\(check.expected)'",
                        at: check.location))
            }
        }
        return problems
    }

    /// `items.caseload-size.levels.5` → `["items", "caseload-size", "levels", "5"]`.
    static func path(of key: String) -> [String] { key.split(separator: ".").map(String.init) }
}
