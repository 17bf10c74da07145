import ScaleCompiler

/// The relations from one edition to another as a FHIR ConceptMap (R5, or R4B for
/// `fhir-conceptmap-r4`).
///
/// The first group maps the item code system of `from` to that of `to`: one element per item of
/// `from`, in scale order, with the relation kind as an R5 `relationship` or an R4B
/// `equivalence`, and the relation's note and source passages as `comment`. Then, for every item
/// whose scores carry over, a group from the level system of `from` to that of `to`: one element
/// per level, whose target depends on the source item (`dependsOn`) and produces the target item
/// (`product`). Items are resolved the way `scalec compare` resolves them
/// (`ScaleDefinition/equivalence(of:in:to:)`), so a relation declared the other way round, or a
/// chain through a third edition, gives the same answer; only a level map followed backwards is
/// kept one-to-many here (the broader/narrower codes say so) where a comparison would refuse it.
/// `Documentation.docc/FHIR.md` has the tables.
struct FHIRConceptMap {
    /// `Questionnaire.item.code`, the element that holds an answer's item: the `dependsOn` and
    /// `product` property (R4B) and the `item` attribute's URI (R5).
    static let itemElementURI = "http://hl7.org/fhir/StructureDefinition/Questionnaire#Questionnaire.item.code"
    /// The R5 `additionalAttribute` code of the item an answer belongs to.
    static let itemAttribute = "item"
    /// The R5 `property` with the scale's own relation kind (`identical` … `none`), which R5's
    /// `relationship` cannot tell apart (identical and reworded are both `equivalent`).
    static let relationKindProperty = "relation-kind"
    /// The R5 `property` that says a level map is a judgement, not a fact of the sources.
    static let approximateProperty = "approximate"

    /// The scale, with the relations between its editions.
    var scale: ScaleDefinition
    /// The source edition (`--from`).
    var from: EditionDefinition
    /// The target edition (`--to`).
    var to: EditionDefinition
    /// R5 (`fhir-conceptmap`) or R4B (`fhir-conceptmap-r4`).
    var version: FHIRVersion
    /// The resource's `status`.
    var status: FHIRStatus
    /// The canonical URL and the code systems.
    var naming: FHIRNaming

    /// The resource as a JSON value.
    var resource: FHIRJSON {
        let mappings = from.items.map(mapping)
        let levelGroups = mappings.compactMap(levelGroup)
        let fromTitle = from.text(in: from.sourceLanguage)?.title ?? scale.id
        let toTitle = to.text(in: to.sourceLanguage)?.title ?? scale.id
        let r5 = version == .r5
        return .fields([
            "resourceType": .string("ConceptMap"),
            "url": .string(naming.conceptMap(from: from.id, to: to.id)),
            "name": .string(FHIRNaming.computableName([scale.id, from.id, "to", to.id])),
            "title": .string("\(fromTitle) (\(from.id)) → \(toTitle) (\(to.id))"),
            "status": .string(status.rawValue),
            (r5 ? "sourceScopeUri" : "sourceUri"): .string(naming.edition(from.id)),
            (r5 ? "targetScopeUri" : "targetUri"): .string(naming.edition(to.id)),
            "property": r5 ? .array(propertyDefinitions) : nil,
            "additionalAttribute": r5 && !levelGroups.isEmpty ? .array([itemAttributeDefinition]) : nil,
            "group": .array([itemGroup(mappings)] + levelGroups),
        ])
    }

    /// The resource as deterministic JSON text.
    var json: String { JSONOutput.encode(resource) }

    // MARK: - Items

    /// What one item of `from` is in `to`.
    struct Mapping {
        /// The item of `from`.
        var item: ItemDefinition
        /// Its counterpart in `to`, nil when it has none.
        var target: ItemDefinition?
        /// The weakest relation on the way (`none` without a counterpart).
        var kind: RelationKind
        /// A level map on the way is a judgement, not a fact of the sources.
        var approximate: Bool
        /// The relations' notes and source passages, in the order followed.
        var comment: String?
        /// Source level → the target levels it corresponds to; nil when scores do not carry over.
        var levels: [Int: [Int]]?
    }

    /// Resolves one item of `from` in `to`, as `scalec compare` does.
    private func mapping(_ item: ItemDefinition) -> Mapping {
        guard let equivalence = scale.equivalence(of: item.id, in: from.id, to: to.id) else {
            return Mapping(
                item: item, target: nil, kind: .none, approximate: false,
                comment: "No relations connect \(from.id) and \(to.id).", levels: nil)
        }
        let target = equivalence.toItem.flatMap { to.item($0) }
        return Mapping(
            item: item, target: target, kind: target == nil ? .none : equivalence.kind, approximate: equivalence.approximate,
            comment: comment(equivalence), levels: target == nil ? nil : Self.levelPairs(equivalence, in: scale))
    }

    /// The notes of the relations followed, each with its source passages; a chain names its
    /// steps, and a missing relation says so.
    private func comment(_ equivalence: Equivalence) -> String? {
        var parts = equivalence.steps.map { step -> String in
            let relation = step.relation
            var text = relation.note.trimmingWhitespace()
            if text.isEmpty { text = "\(relation.kind.rawValue) (no note)." }
            if !relation.sources.isEmpty { text += " Sources: \(relation.sources.joined(separator: ", "))." }
            guard equivalence.steps.count > 1 else { return text }
            let (here, next) = step.reversed ? (relation.toEdition, relation.fromEdition) : (relation.fromEdition, relation.toEdition)
            return "\(here) → \(next) (\(relation.kind.rawValue)): \(text)"
        }
        switch equivalence.obstacle {
        case .noRelation?, .editionsNotConnected?:
            parts.append(equivalence.obstacle.map { "\($0)." } ?? "")
        default:
            break
        }
        return parts.isEmpty ? nil : parts.joined(separator: "\n")
    }

    /// The level pairs along the relations followed: a declared map (inverted when followed
    /// backwards, one-to-many if need be) or the identity where levels carry over; nil when a
    /// relation on the way is not comparable.
    static func levelPairs(_ equivalence: Equivalence, in scale: ScaleDefinition) -> [Int: [Int]]? {
        /// A source level and a target level that correspond.
        struct Pair: Hashable {
            /// The level in the edition the step leaves.
            var source: Int
            /// The level in the edition the step reaches.
            var target: Int
        }
        guard let start = scale.edition(equivalence.fromEdition) else { return nil }
        var pairs = Set(start.levels.map { Pair(source: $0, target: $0) })
        for step in equivalence.steps {
            let relation = step.relation
            guard relation.isComparable else { return nil }
            var stepPairs: [Pair]
            if let map = relation.levelMap {
                stepPairs = map.map { Pair(source: $0.key, target: $0.value) }
            } else {
                let here = scale.edition(relation.fromEdition)?.levels ?? start.levels
                let next = scale.edition(relation.toEdition)?.levels ?? start.levels
                stepPairs = here.filter(next.contains).map { Pair(source: $0, target: $0) }
            }
            if step.reversed { stepPairs = stepPairs.map { Pair(source: $0.target, target: $0.source) } }
            let bySource = Dictionary(grouping: stepPairs, by: \.source)
            pairs = Set(pairs.flatMap { pair in (bySource[pair.target] ?? []).map { Pair(source: pair.source, target: $0.target) } })
        }
        return Dictionary(grouping: pairs, by: \.source).mapValues { $0.map(\.target).sorted() }
    }

    /// How an item relates to its counterpart: the relation kind, never an equivalence for
    /// `adapted` or `none`.
    static func relationship(of kind: RelationKind, hasTarget: Bool) -> FHIRRelationship {
        switch kind {
        case .identical: .equal
        case .reworded, .rescaled: .equivalent
        case .adapted: .notRelatedTo
        case .none: hasTarget ? .notRelatedTo : .noMap
        }
    }

    /// The group from the item codes of `from` to those of `to`.
    private func itemGroup(_ mappings: [Mapping]) -> FHIRJSON {
        .fields([
            "source": .string(naming.items(from.id)),
            "target": .string(naming.items(to.id)),
            "element": .array(mappings.map(itemElement)),
        ])
    }

    /// One item and its counterpart, with the scale's relation kind as an R5 property.
    private func itemElement(_ mapping: Mapping) -> FHIRJSON {
        element(
            code: mapping.item.id, display: title(mapping.item.id, in: from),
            targets: [
                Target(
                    code: mapping.target?.id, display: mapping.target.flatMap { title($0.id, in: to) },
                    relationship: Self.relationship(of: mapping.kind, hasTarget: mapping.target != nil), comment: mapping.comment,
                    properties: [
                        .fields(["code": .string(Self.relationKindProperty), "valueCode": .string(mapping.kind.rawValue)]),
                        .fields(["code": .string(Self.approximateProperty), "valueBoolean": .bool(mapping.approximate)]),
                    ])
            ])
    }

    /// R5's declarations of the target properties.
    private var propertyDefinitions: [FHIRJSON] {
        [
            .fields([
                "code": .string(Self.relationKindProperty),
                "description": .string("The scale's own relation kind: identical, reworded, rescaled, adapted or none (Sources/ScaleRuntime/Equivalence/RelationKind.swift)."),
                "type": .string("code"),
            ]),
            .fields([
                "code": .string(Self.approximateProperty),
                "description": .string("True when the item's level map is a judgement, not a fact of the sources."),
                "type": .string("boolean"),
            ]),
        ]
    }

    // MARK: - Levels

    private var itemAttributeDefinition: FHIRJSON {
        .fields([
            "code": .string(Self.itemAttribute),
            "uri": .string(Self.itemElementURI),
            "description": .string("The scale item a level is an answer to: its code in the edition's item code system (the Questionnaire item's code; its linkId is the same id)."),
            "type": .string("Coding"),
        ])
    }

    /// The levels of one item and those of its counterpart, or nil when scores do not carry over.
    private func levelGroup(_ mapping: Mapping) -> FHIRJSON? {
        guard let levels = mapping.levels, let target = mapping.target else { return nil }
        var sourcesOf: [Int: [Int]] = [:]
        for (source, targets) in levels { for level in targets { sourcesOf[level, default: []].append(source) } }
        let dependsOn = (edition: from, item: mapping.item)
        let product = (edition: to, item: target)
        let elements = from.levels.map { level -> FHIRJSON in
            let targets = levels[level] ?? []
            var written = targets.map { targetLevel in
                let sharing = (sourcesOf[targetLevel] ?? []).sorted()
                let relationship = Self.levelRelationship(
                    kind: mapping.kind, approximate: mapping.approximate, targets: targets.count, sources: sharing.count)
                return Target(
                    code: String(targetLevel), display: anchor(target.id, targetLevel, in: to), relationship: relationship,
                    comment: levelComment(relationship, mapping: mapping, level: level, targets: targets, target: targetLevel, sharing: sharing),
                    dependsOn: dependsOn, product: product)
            }
            if written.isEmpty {
                written = [
                    Target(
                        code: nil, display: nil, relationship: .noMap,
                        comment: "Level \(level) of '\(mapping.item.id)' (\(from.id)) has no level of '\(target.id)' (\(to.id)).",
                        dependsOn: dependsOn)
                ]
            }
            return element(code: String(level), display: anchor(mapping.item.id, level, in: from), targets: written)
        }
        return .fields([
            "source": .string(naming.levels(from.id)),
            "target": .string(naming.levels(to.id)),
            "element": .array(elements),
        ])
    }

    /// How one level relates to one target level: approximate maps (and adapted items) are only
    /// `related-to`; otherwise the map's shape decides. Several source levels on one target level
    /// make each source level narrower than the target; one source level on several target
    /// levels makes it broader than each.
    static func levelRelationship(kind: RelationKind, approximate: Bool, targets: Int, sources: Int) -> FHIRRelationship {
        if approximate || kind == .adapted || kind == .none { return .relatedTo }
        switch (targets > 1, sources > 1) {
        case (false, false): return kind == .identical ? .equal : .equivalent
        case (false, true): return .sourceIsNarrowerThanTarget
        case (true, false): return .sourceIsBroaderThanTarget
        case (true, true): return .relatedTo
        }
    }

    /// Why a level mapping is not an equivalence: which levels share it, or that it is approximate.
    private func levelComment(
        _ relationship: FHIRRelationship, mapping: Mapping, level: Int, targets: [Int], target: Int, sharing: [Int]
    ) -> String? {
        let source = "level \(level) of '\(mapping.item.id)' (\(from.id))"
        let destination = "'\(mapping.target?.id ?? "")' (\(to.id))"
        switch relationship {
        case .equal, .equivalent, .noMap, .notRelatedTo:
            return nil
        case .relatedTo where mapping.approximate || mapping.kind == .adapted:
            return "Approximate: the level map of this \(mapping.kind.rawValue) item is a judgement, not a fact of the sources; \(source) is taken as level \(target) of \(destination)."
        case .sourceIsNarrowerThanTarget:
            return "Levels \(Self.list(sharing)) of '\(mapping.item.id)' (\(from.id)) all become level \(target) of \(destination), which is wider than each."
        case .sourceIsBroaderThanTarget:
            return Self.sentence("\(source) corresponds to levels \(Self.list(targets)) of \(destination); level \(target) covers only part of it.")
        case .relatedTo:
            return Self.sentence("\(source) corresponds to levels \(Self.list(targets)) of \(destination), and level \(target) also to levels \(Self.list(sharing)) of '\(mapping.item.id)'.")
        }
    }

    /// The text with its first letter capitalised.
    private static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// `1, 2`.
    private static func list(_ levels: [Int]) -> String { levels.map(String.init).joined(separator: ", ") }

    // MARK: - Elements

    /// One target of an element, before it is written in a release's words.
    private struct Target {
        /// Nil for "no counterpart".
        var code: String?
        /// The target's text in its edition's source language.
        var display: String?
        /// How the source relates to it.
        var relationship: FHIRRelationship
        /// Why, for humans.
        var comment: String?
        /// The item a level mapping applies to (levels only).
        var dependsOn: (edition: EditionDefinition, item: ItemDefinition)?
        /// The item a level mapping gives an answer to (levels only).
        var product: (edition: EditionDefinition, item: ItemDefinition)?
        /// R5 `property` values (items only); R4B has no such element.
        var properties: [FHIRJSON] = []
    }

    /// One source concept and its targets, in this release's words. A target without a code is
    /// "no counterpart": `noMap` in R5 (which has no comment for it), `unmatched` in R4B.
    private func element(code: String, display: String?, targets: [Target]) -> FHIRJSON {
        if version == .r5, targets.allSatisfy({ $0.code == nil }) {
            return .fields(["code": .string(code), "display": .text(display), "noMap": .bool(true)])
        }
        let written = targets.map { target -> FHIRJSON in
            .fields([
                "code": .text(target.code),
                "display": .text(target.display),
                (version == .r5 ? "relationship" : "equivalence"): .string(version == .r5 ? target.relationship.r5 : target.relationship.r4),
                "comment": .text(target.comment),
                "dependsOn": .list(target.dependsOn.map { [contextEntry($0.edition, $0.item)] } ?? []),
                "product": .list(target.product.map { [contextEntry($0.edition, $0.item)] } ?? []),
                "property": version == .r5 ? .list(target.properties) : nil,
            ])
        }
        return .fields(["code": .string(code), "display": .text(display), "target": .list(written)])
    }

    /// The item a level belongs to, as `dependsOn` (source) or `product` (target).
    private func contextEntry(_ edition: EditionDefinition, _ item: ItemDefinition) -> FHIRJSON {
        let display = title(item.id, in: edition)
        if version == .r5 {
            return .fields([
                "attribute": .string(Self.itemAttribute),
                "valueCoding": .fields([
                    "system": .string(naming.items(edition.id)), "code": .string(item.id), "display": .text(display),
                ]),
            ])
        }
        return .fields([
            "property": .string(Self.itemElementURI),
            "system": .string(naming.items(edition.id)),
            "value": .string(item.id),
            "display": .text(display),
        ])
    }

    /// An item's title in its edition's source language.
    private func title(_ item: String, in edition: EditionDefinition) -> String? {
        edition.text(in: edition.sourceLanguage)?.items[item]?.title
    }

    /// An item's anchor for a level in its edition's source language.
    private func anchor(_ item: String, _ level: Int, in edition: EditionDefinition) -> String? {
        edition.text(in: edition.sourceLanguage)?.items[item]?.levels[level]
    }
}

/// A ConceptMap relation in both releases' words.
///
/// R5's `relationship` says what the *source* is relative to the target; R4's `equivalence`
/// what the *target* is relative to the source, so "source is narrower" is R4's `wider`.
enum FHIRRelationship: Sendable, Equatable {
    /// Same concept, same words up to translation.
    case equal
    /// Same concept.
    case equivalent
    /// The target covers more than the source (several source levels on one target level).
    case sourceIsNarrowerThanTarget
    /// The source covers more than the target (one source level on several target levels).
    case sourceIsBroaderThanTarget
    /// Related, but not as an equivalence (approximate level maps).
    case relatedTo
    /// Explicitly not the same concept (adapted items).
    case notRelatedTo
    /// No counterpart.
    case noMap

    /// The R5 `relationship` code; `noMap` is written as the element's `noMap` instead.
    var r5: String {
        switch self {
        case .equal, .equivalent: "equivalent"
        case .sourceIsNarrowerThanTarget: "source-is-narrower-than-target"
        case .sourceIsBroaderThanTarget: "source-is-broader-than-target"
        case .relatedTo: "related-to"
        case .notRelatedTo, .noMap: "not-related-to"
        }
    }

    /// The R4/R4B `equivalence` code.
    var r4: String {
        switch self {
        case .equal: "equal"
        case .equivalent: "equivalent"
        case .sourceIsNarrowerThanTarget: "wider"
        case .sourceIsBroaderThanTarget: "narrower"
        case .relatedTo: "inexact"
        case .notRelatedTo: "disjoint"
        case .noMap: "unmatched"
        }
    }
}
