/// The shapes of `scale.yaml`.
enum ScaleFileShapes {
    static let file = ObjectShape(
        name: "scale-file", doc: "scale.yaml: the scale's id and its editions, oldest first.",
        fields: [
            .schemaVersion,
            .required("id", .id, "The scale's stable id (`ips-fidelity`)."),
            .required("editions", .list(.object(edition), minimumCount: 1), "The editions, oldest first; at least one."),
            .optional(
                "swift-name", .swiftName,
                "Prefix of the generated Swift types (`IPSFidelity`); default: the id in UpperCamelCase."),
            .optional(
                "fallbacks", .mapping(keys: .languageTag, values: .languageTag),
                "Where a language borrows text it lacks, before the source language (`sv-FI: sv`)."),
            .optional(
                "translations", .mapping(keys: .languageTag, values: .object(translationSettings)),
                "Per language, how stale translations are reported."),
        ])

    static let edition = ObjectShape(
        name: "edition", doc: "An edition: a folder `<id>/` with its structure.yaml and text files.",
        fields: [
            .required("id", .editionID, "The edition's id and folder name (`2008`, `fi-2026`)."),
            .required("source-language", .languageTag, "The language the edition's text was written in."),
        ])

    static let translationSettings = ObjectShape(
        name: "translation-settings", doc: "How a language's translations are checked.",
        fields: [.optional("stale", .choice(StaleSeverity.self), "How a stale translation is reported (default: warning).")])
}
