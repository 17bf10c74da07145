import ScaleCompiler

/// An edition as a FHIR Questionnaire (R4B or R5), for form tools and FHIR servers.
///
/// One `group` item per section (`linkId` = the section id), holding one question per scale item:
/// `linkId` = the item's stable id, `prefix` = its number, `text` = its title, `code` = the item
/// id in the edition's item code system, and one `answerOption` per level whose `valueCoding` has
/// the edition's level system, the level as `code` and the anchor as `display`. The score a level
/// gives is the `ordinalValue` extension (R4B) or `itemWeight` (R5) on the answer option. Texts
/// are in the base language (the edition's source language unless `--language` says otherwise)
/// with the `translation` extension for every other language that has its own text (fallbacks
/// are not translations). `Documentation.docc/FHIR.md` has the mapping.
struct FHIRQuestionnaire {
    /// `http://hl7.org/fhir/StructureDefinition/ordinalValue`: the score of an answer, R4B.
    static let ordinalValueURL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
    /// `http://hl7.org/fhir/StructureDefinition/itemWeight`: the score of an answer, R5.
    static let itemWeightURL = "http://hl7.org/fhir/StructureDefinition/itemWeight"

    /// The scale the edition belongs to (its id names the resource).
    var scale: ScaleDefinition
    /// The edition written as the Questionnaire.
    var edition: EditionDefinition
    /// The language of `text`, `title` and `display`; every other language is a translation.
    var language: LanguageTag
    /// The FHIR release written.
    var version: FHIRVersion
    /// The resource's `status`.
    var status: FHIRStatus
    /// The canonical URL and the code systems.
    var naming: FHIRNaming

    /// The resource as a JSON value.
    var resource: FHIRJSON {
        let own = edition.text(in: language)
        return .fields([
            "resourceType": .string("Questionnaire"),
            "url": .string(naming.edition(edition.id)),
            "version": .string(edition.id),
            "name": .string(FHIRNaming.computableName([scale.id, edition.id])),
            "title": .text(own?.title),
            "_title": translations { $0.title },
            "status": .string(status.rawValue),
            "language": .string(language.rawValue),
            "item": .list(edition.sections.map(group)),
        ])
    }

    /// The resource as deterministic JSON text.
    var json: String { JSONOutput.encode(resource) }

    /// A section as a `group` item holding its questions.
    private func group(_ section: SectionDefinition) -> FHIRJSON {
        .fields([
            "linkId": .string(section.id),
            "type": .string("group"),
            "text": .text(edition.text(in: language)?.sections[section.id]),
            "_text": translations { $0.sections[section.id] },
            "item": .list(section.items.map(question)),
        ])
    }

    /// A scale item as a question with one answer option per level.
    private func question(_ item: ItemDefinition) -> FHIRJSON {
        let title = edition.text(in: language)?.items[item.id]?.title
        return .fields([
            "linkId": .string(item.id),
            "prefix": .string(String(item.number)),
            "type": .string(version == .r5 ? "coding" : "choice"),
            "answerConstraint": version == .r5 ? .string("optionsOnly") : nil,
            "text": .text(title),
            "_text": translations { $0.items[item.id]?.title },
            "code": .array([
                .fields([
                    "system": .string(naming.items(edition.id)),
                    "code": .string(item.id),
                    "display": .text(title),
                ])
            ]),
            "answerOption": .list(edition.levels.map { answer(level: $0, of: item) }),
        ])
    }

    /// One level as an answer option, with its score.
    private func answer(level: Int, of item: ItemDefinition) -> FHIRJSON {
        let score: FHIRJSON = .fields([
            "url": .string(version == .r5 ? Self.itemWeightURL : Self.ordinalValueURL),
            "valueDecimal": .int(level),
        ])
        return .fields([
            "extension": .array([score]),
            "valueCoding": .fields([
                "system": .string(naming.levels(edition.id)),
                "code": .string(String(level)),
                "display": .text(edition.text(in: language)?.items[item.id]?.levels[level]),
                "_display": translations { $0.items[item.id]?.levels[level] },
            ]),
        ])
    }

    /// The `_element` of a text: one translation per other language that has its own text, in
    /// the edition's language order.
    private func translations(_ select: (EditionText) -> String?) -> FHIRJSON? {
        FHIRTranslation.element(
            edition.texts.compactMap { text in
                guard text.language != language, let value = select(text), !value.isEmpty else { return nil }
                return (text.language, value)
            })
    }
}
