/// The shapes of `<edition>/text.<language>.sources.yaml`, which `scalec refresh` writes.
enum SourceSnapshotShapes {
    static let file = ObjectShape(
        name: "text-sources-file",
        doc: "text.<language>.sources.yaml: the source text each translated entry was reviewed against. Written by `scalec refresh`.",
        fields: [
            .schemaVersion,
            .editionOfFolder,
            .fileLanguage("translated"),
            .required(
                "entries", .mapping(keys: .any, values: .object(entry)),
                "Per text entry (`items.caseload-size.title`), the source it was translated from."),
        ])

    static let entry = ObjectShape(
        name: "text-source", doc: "The source text an entry was translated from.",
        fields: [
            .required("fingerprint", .text, "The fingerprint of the source text."),
            .optional("source", .text, "The source text itself."),
        ])
}
