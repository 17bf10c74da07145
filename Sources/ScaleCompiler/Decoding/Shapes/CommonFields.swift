/// Keys that several files or mappings share, declared once.
extension FieldShape {
    /// `schema: 1`, in every file.
    static let schemaVersion = FieldShape.required("schema", .schemaVersion, "The source format version; always 1.")
    /// The `edition:` of a file in an edition's folder.
    static let editionOfFolder = FieldShape.required("edition", .editionID, "The edition; equals the folder's name.")
    /// A rule's citation: the source's words and line.
    static let sourceNote = FieldShape.required("note", .text, "The source's words and line.")

    /// The `language:` of a file named by its language.
    static func fileLanguage(_ what: String) -> FieldShape {
        .required("language", .languageTag, "The \(what) language; equals the file name's.")
    }
}
