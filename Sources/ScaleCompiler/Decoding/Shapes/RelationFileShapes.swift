/// The shapes of `relations/<from>--<to>.yaml`.
enum RelationFileShapes {
    static let file = ObjectShape(
        name: "relation-file", doc: "relations/<from>--<to>.yaml: how each item of one edition relates to the other's.",
        fields: [
            .schemaVersion,
            .required("from", .editionID, "The older edition; equals the file name's first half."),
            .required("to", .editionID, "The newer edition; equals the file name's second half."),
            .required("relations", .list(.object(relation)), "One entry per item relation."),
        ])

    static let relation = ObjectShape(
        name: "relation", doc: "How an item of `from` relates to an item of `to`.",
        fields: [
            .required("relation", .choice(RelationKind.self), "The kind of relation."),
            .required("note", .text, "Why: what changed, with the source's words."),
            .optional("from", .id, "The item of the `from` edition (absent for an item added in `to`)."),
            .optional("to", .id, "The item of the `to` edition (absent for an item removed)."),
            .optional(
                "level-map", .mapping(keys: .wholeNumber, values: .wholeNumber),
                "For rescaled or adapted items: each `from` level → the `to` level."),
            .optional("approximate", .boolean, "The level map is approximate (required true for adapted items with a map)."),
            .optional("sources", .list(.text), "Where the relation is documented."),
            .optional("review", .choice(["pending"]), "A draft awaiting review (written by `scalec relations propose`); the compiler warns until the key is removed."),
        ])
}
