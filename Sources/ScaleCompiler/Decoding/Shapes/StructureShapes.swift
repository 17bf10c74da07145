/// The shapes of `<edition>/structure.yaml`.
enum StructureShapes {
    static let file = ObjectShape(
        name: "structure-file", doc: "<edition>/structure.yaml: the edition's language-neutral structure.",
        fields: [
            .schemaVersion,
            .editionOfFolder,
            .required("levels", .object(levels), "The range every item is scored in."),
            .required("sections", .list(.object(section)), "The sections, in order, each with its items."),
            .required("bands", .list(.object(band)), "Total-score bands; together they cover the total range without gap or overlap."),
            .optional("numbering", .choice(StructureSyntax.Numbering.self), "How items are numbered (default: per-section)."),
            .optional("data-sources", .list(.code), "The data-source codes items may name (`MIS`, `DOC`)."),
            .optional("missing-data", .object(missingData), "What the source says about items without a score."),
        ])

    static let levels = ObjectShape(
        name: "level-range", doc: "The lowest and highest level.",
        fields: [
            .required("min", .wholeNumber, "The lowest level."),
            .required("max", .wholeNumber, "The highest level."),
        ])

    static let missingData = ObjectShape(
        name: "missing-data", doc: "The source's rule for items without a score.",
        fields: [
            .required("policy", .choice(MissingDataPolicy.Rule.self), "What a missing item scores."),
            .sourceNote,
        ])

    static let section = ObjectShape(
        name: "section", doc: "A section of the scale.",
        fields: [
            .required("id", .id, "The section's stable id."),
            .required("items", .list(.object(item)), "The section's items, in order."),
        ])

    /// Per item kind, the keys it needs and the keys that do not apply to it (in the decoder's order).
    static let keysByKind: [(kind: StructureSyntax.Kind, required: [String], forbidden: [String])] = [
        (.measured, ["measure"], ["criteria", "levels-by-count"]),
        (.criteria, ["criteria", "levels-by-count"], ["measure"]),
        (.rated, [], ["measure", "criteria", "levels-by-count"]),
    ]

    /// The keys that do not apply to an item of `kind`.
    static func forbiddenKeys(for kind: StructureSyntax.Kind) -> [String] {
        keysByKind.first { $0.kind == kind }?.forbidden ?? []
    }

    static let item = ObjectShape(
        name: "item", doc: "An item: its id, its kind, and how a level is reached.",
        fields: [
            .required("id", .id, "The item's stable id; Swift names derive from it."),
            .required("kind", .choice(StructureSyntax.Kind.self), "rated (anchor text only), measured (thresholds) or criteria (a count of criteria met)."),
            .optional("data-sources", .list(.code), "Where the information comes from (codes of the structure's data-sources)."),
            .optional("measure", .object(measure), "For measured items: how facts become a value and the value a level."),
            .optional("criteria", .list(.id), "For criteria items: the criteria's ids."),
            .optional(
                "levels-by-count", .mapping(keys: .wholeNumber, values: .wholeNumber),
                "For criteria items: number of criteria met → level, over 0…n."),
            .optional("caps", .list(.object(cap)), "Caps (at most a level unless a condition is met) and floors."),
            .optional("combine", .object(combination), "How per-specialist levels combine into the item's level."),
        ],
        rules: keysByKind.map { .when(key: "kind", is: $0.kind.rawValue, required: $0.required, forbidden: $0.forbidden) }
            // Each specialist's value is scored on its own, so the values are not aggregated too.
            + [.forbidsInner(when: "combine", inside: "measure", key: "aggregation")])

    static let measure = ObjectShape(
        name: "measure", doc: "How the facts of a measured item become one value, and which level each value gets.",
        fields: [
            .required("unit", .id, "An id naming the quantity (`clients-per-specialist`)."),
            .required("values", .choice(Measure.Values.self), "Whether values are whole numbers or decimals."),
            .required(
                "levels", .mapping(keys: .wholeNumber, values: .object(interval)),
                "Every level min…max, each an interval of values."),
            .optional("aggregation", .choice(Measure.Aggregation.self), "How a list of values combines."),
            .optional("rounding", .choice(Measure.Rounding.self), "How the combined value is rounded (default: none)."),
            .optional("ties", .choice(Measure.TieRule.self), "With nearest-anchor rounding only: the level of a value exactly between two anchors."),
            .optional("quotient", .choice(Measure.Quotient.self), "How `count`/`of` facts become a value."),
            .optional("labels", .object(labels), "The value is the share of list entries that count."),
            .optional("alternative", .object(alternative), "A second rule the source also gives; always computed and reported."),
            .optional("domain", .object(interval), "The values that exist; others are errors in the facts."),
            .optional("gaps", .list(.object(declaredInterval)), "Values the source gives no level."),
            .optional("overlaps", .list(.object(declaredInterval)), "Values the source gives two levels."),
            .optional("minimum-sample", .object(minimumSample), "The sample-size rule for job and employer lists."),
            .optional("small-caseload-route", .object(smallCaseloadRoute), "A second way to a level for fewer job seekers."),
            .optional("minimum-count", .object(minimumCount), "A level scored when too few cases are counted."),
            .optional("levels-by-rule", .list(.wholeNumber), "Levels no threshold gives, reached only through a cap."),
        ],
        rules: [
            .when(key: "rounding", is: Measure.Rounding.nearestAnchor.rawValue, required: ["ties"], forbidden: []),
            .onlyWhen(key: "ties", other: "rounding", is: Measure.Rounding.nearestAnchor.rawValue),
            .requires("minimum-sample", ["labels"]),
            .requires("minimum-count", ["quotient"]),
        ])

    static let labels = ObjectShape(
        name: "labels", doc: "List entries (job types, employers), each distinct entry counting at most `max-per-label` times.",
        fields: [.required("max-per-label", .wholeNumber(minimum: 1), "How often one distinct entry counts; at least 1.")])

    static let alternative = ObjectShape(
        name: "alternative", doc: "A second aggregation or rounding the source also gives.",
        fields: [
            .sourceNote,
            .optional("aggregation", .choice(Measure.Aggregation.self), "The alternative aggregation."),
            .optional("rounding", .choice(Measure.Rounding.self), "The alternative rounding."),
        ],
        rules: [.atLeastOne(["aggregation", "rounding"])])

    static let boundKeys = ["at-least", "above", "at-most", "below"]
    static let boundFields: [FieldShape] = [
        .optional("at-least", .number, "Lower bound, included (≥)."),
        .optional("above", .number, "Lower bound, excluded (>)."),
        .optional("at-most", .number, "Upper bound, included (≤)."),
        .optional("below", .number, "Upper bound, excluded (<)."),
    ]
    static let boundRules: [KeyRule] = [.atLeastOne(boundKeys), .notBoth("at-least", "above"), .notBoth("at-most", "below")]

    static let interval = ObjectShape(
        name: "interval", doc: "An interval of values: at most one lower and one upper bound, at least one of them.",
        fields: boundFields, rules: boundRules)

    static let declaredInterval = ObjectShape(
        name: "declared-interval", doc: "A gap or overlap the source has, with its words.",
        fields: boundFields + [.optional("note", .text, "The source's words and line.")], rules: boundRules)

    static let minimumSample = ObjectShape(
        name: "minimum-sample", doc: "The fewest list entries a score needs, by the number of specialists.",
        fields: [
            .required("one-specialist", .wholeNumber(minimum: 1), "Entries needed with one specialist."),
            .required("several-specialists", .wholeNumber(minimum: 1), "Entries needed with several specialists."),
            .required("level", .wholeNumber, "The level scored with fewer entries."),
            .sourceNote,
        ])

    static let smallCaseloadRoute = ObjectShape(
        name: "small-caseload-route", doc: "A second way to a level, for fewer than `job-seekers-below` job seekers.",
        fields: [
            .required("level", .wholeNumber, "The level the route gives."),
            .required("job-seekers-below", .wholeNumber(minimum: 2), "The route applies below this many job seekers; at least 2."),
            .required("per-job-seeker", .number(above: 0), "The value needed per job seeker; above 0."),
            .sourceNote,
        ])

    static let minimumCount = ObjectShape(
        name: "minimum-count", doc: "A level scored when too few cases are counted.",
        fields: [
            .required("counts", .choice(Measure.MinimumCount.Counted.self), "Which number is counted: `count` or `of`."),
            .required("at-least", .wholeNumber(minimum: 1), "The fewest cases for the thresholds to apply; at least 1."),
            .required("level", .wholeNumber, "The level scored with fewer."),
            .sourceNote,
        ])

    static let cap = ObjectShape(
        name: "cap", doc: "A cap (`max-level`: at most this level unless the condition is met) or a floor (`min-level`: at least this level when it is met).",
        fields: [
            .required("condition", .id, "The condition's id, stated in score files."),
            .sourceNote,
            .optional("max-level", .wholeNumber, "A cap: the highest level unless the condition is met."),
            .optional("min-level", .wholeNumber, "A floor: the lowest level when the condition is met."),
        ],
        rules: [.exactlyOne(["max-level", "min-level"])])

    static let combination = ObjectShape(
        name: "combine", doc: "How levels given per specialist combine into the item's level.",
        fields: [
            .required("aggregation", .choice(StructureValidator.combinableAggregations.map(\.rawValue)), "How the levels combine."),
            .required("rounding", .choice(Measure.Rounding.self), "How the combined level is rounded."),
            .optional("alternative", .object(alternative), "A second rule the source also gives."),
            .optional("ties", .choice(Measure.TieRule.self), "With nearest-anchor rounding only: how ties go."),
        ],
        rules: [
            .when(key: "rounding", is: Measure.Rounding.nearestAnchor.rawValue, required: ["ties"], forbidden: []),
            .onlyWhen(key: "ties", other: "rounding", is: Measure.Rounding.nearestAnchor.rawValue),
        ])

    static let band = ObjectShape(
        name: "band", doc: "A band of total scores (`good`: 100…114).",
        fields: [
            .required("id", .id, "The band's stable id."),
            .required("min", .wholeNumber, "The lowest total in the band."),
            .required("max", .wholeNumber, "The highest total in the band."),
        ])
}
