extension XLIFFImport {
    /// The one text file an XLIFF document may write: `<edition id>/text.<language>.yaml` in the
    /// scale folder, with the edition named by the document's `<file id>` and the language by
    /// its `trgLang`.
    public struct Destination: Sendable {
        /// The edition named by `<file id>`.
        public var edition: EditionDefinition
        /// The translation's language, from `trgLang` (never the edition's source language).
        public var language: LanguageTag
        /// `2008/text.sv.yaml`: built only from a known edition id and a well-formed language
        /// tag (letters, digits and hyphens), so it never leaves its edition's folder and never
        /// names another kind of file.
        public var relativePath: String
    }

    /// Where a document's targets go in `scale`, or located errors: `trgLang` missing, not a
    /// well-formed BCP 47 tag, or the edition's source language (errors at `trgLang`); a
    /// `<file id>` that is not an edition of the scale; a `srcLang` other than the edition's.
    public static func destination(of document: XLIFFDocument, in scale: ScaleDefinition) -> (Destination?, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var language: LanguageTag?
        if let tag = document.targetLanguage {
            if let problem = LanguageTagSyntax.problem(in: tag) {
                problems.append(
                    .error(
                        .invalidLanguageTag, "trgLang '\(tag)' is not a well-formed BCP 47 language tag: \(problem)",
                        at: document.targetLanguageLocation))
            } else {
                language = LanguageTag(tag)
            }
        } else {
            problems.append(
                .error(
                    .xliffInvalid, "<xliff> has no trgLang: name the language of the targets (trgLang=\"sv\")",
                    at: document.targetLanguageLocation))
        }
        let known = scale.editions.map(\.id)
        var edition: EditionDefinition?
        if let id = document.fileID, let found = scale.edition(id), IDSyntax.isValid(found.id, allowLeadingDigit: true) {
            edition = found
        } else {
            let hint = document.fileID.flatMap { Suggestions.closest(to: $0, in: known) }.map { " (did you mean '\($0)'?)" } ?? ""
            let what = document.fileID.map { "'\($0)' is not an edition of scale '\(scale.id)'" } ?? "<file> has no id naming the edition"
            problems.append(
                .error(.xliffInvalid, "\(what); its editions are: \(known.joined(separator: ", "))\(hint)", at: document.fileIDLocation))
        }
        if let edition {
            if let language, language == edition.sourceLanguage {
                problems.append(
                    .error(
                        .xliffInvalid,
                        "trgLang '\(language)' is the source language of edition '\(edition.id)'; an import writes a translation, never the source text",
                        at: document.targetLanguageLocation))
            }
            if document.sourceLanguage.map({ LanguageTag($0) }) != edition.sourceLanguage {
                problems.append(
                    .error(
                        .xliffInvalid,
                        "the document's srcLang is '\(document.sourceLanguage ?? "")', but edition '\(edition.id)' is written in '\(edition.sourceLanguage)'",
                        at: document.sourceLanguageLocation))
            }
        }
        guard problems.isEmpty, let edition, let language else { return (nil, problems) }
        return (Destination(edition: edition, language: language, relativePath: "\(edition.id)/text.\(language.rawValue).yaml"), [])
    }
}
