/// Applies the targets of an XLIFF document to a language's text file, touching only the
/// entries whose target changed. Units whose source no longer matches the current source text
/// are conflicts: reported at the unit, not imported.
public enum XLIFFImport {
    public struct Result: Sendable {
        /// The edited text file (nil when nothing could be applied).
        public var file: SourceFile?
        public var changed: [String]
        public var unchanged: Int
        /// Conflicts (warnings) and errors, located in the XLIFF or the text file.
        public var diagnostics: [Diagnostic]
    }

    public static func apply(
        _ document: XLIFFDocument, xliffPath: String, to textFile: SourceFile?, textPath: String,
        edition: EditionDefinition, language: LanguageTag
    ) -> Result {
        var result = Result(file: nil, changed: [], unchanged: 0, diagnostics: [])
        let top = SourceLocation(file: xliffPath, line: 1, column: 1)
        for (declared, expected, what) in [
            (document.sourceLanguage, edition.sourceLanguage.rawValue, "srcLang"),
            (document.targetLanguage, language.rawValue, "trgLang"), (document.fileID, edition.id, "file id"),
        ] where declared.map({ LanguageTag($0).rawValue }) != LanguageTag(expected).rawValue && declared != expected {
            result.diagnostics.append(
                .error(.xliffInvalid, "the document's \(what) is '\(declared ?? "")', expected '\(expected)'", at: top))
        }
        guard result.diagnostics.isEmpty else { return result }
        let known = Set(TextEntries.sourceEntries(of: edition).map(\.key))
        let source = edition.text(in: edition.sourceLanguage)
        let current = edition.text(in: language)
        var editor = YAMLEditor(
            textFile ?? SourceFile(
                path: textPath,
                text: "schema: 1\nedition: \(YAMLText.scalar(edition.id))\nlanguage: \(YAMLText.scalar(language.rawValue))\n"))
        for unit in document.units {
            guard let target = unit.target else { continue }
            guard known.contains(unit.id), let sourceText = source.flatMap({ TextEntries.text(unit.id, in: $0) }) else {
                result.diagnostics.append(
                    .warning(.xliffConflict, "'\(unit.id)' is not an entry of edition '\(edition.id)'; not imported", at: unit.location))
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
            if current.flatMap({ TextEntries.text(unit.id, in: $0) }) == target {
                result.unchanged += 1
                continue
            }
            do {
                try editor.set(path(of: unit.id), to: target)
                result.changed.append(unit.id)
            } catch {
                result.diagnostics.append(.error(.xliffInvalid, "cannot import '\(unit.id)': \(error)", at: unit.location))
            }
        }
        result.file = editor.file
        return result
    }

    /// `items.caseload-size.levels.5` → `["items", "caseload-size", "levels", "5"]`.
    static func path(of key: String) -> [String] { key.split(separator: ".").map(String.init) }
}
