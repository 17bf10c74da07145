import Foundation
import IPSFidelity
import ScaleCompiler
import ScaleRuntime

/// Scoring and comparing many sheets with the generated tables, against getting the same edition
/// by decoding JSON at run time.
enum RuntimeBenchmark {
    static let review: [String: Int] = [
        "caseload-size": 5, "vocational-services-staff": 5, "vocational-generalists": 5, "integration-team-assignment": 2,
        "integration-team-contact": 3, "vr-collaboration": 4, "vocational-unit": 5, "supervisor-role": 3, "zero-exclusion": 4,
        "competitive-employment-focus": 3, "executive-support": 4, "work-incentives-planning": 4, "disclosure": 4,
        "ongoing-assessment": 4, "rapid-job-search": 4, "individualized-job-search": 4, "job-development-frequency": 5,
        "job-development-quality": 4, "job-type-diversity": 4, "employer-diversity": 5, "competitive-jobs": 5,
        "individualized-follow-along": 5, "time-unlimited-support": 3, "community-based-services": 5, "assertive-engagement": 4,
    ]

    static func run(sheets: Int, comparisons: Int, firstAccess: Double) -> [String] {
        let edition = IPSFidelity2008.definition
        var total = 0
        let scoring = median(3) {
            for index in 0..<sheets {
                var scores = review
                scores["caseload-size"] = 1 + index % 5
                total &+= (try? edition.score(scores).total) ?? 0
            }
        }
        let fi = ComparisonSheet(edition: "fi-2026", scores: Dictionary(uniqueKeysWithValues: IPSFidelityFi2026.Item.allCases.map { ($0.rawValue, 4) }))
        let a = ComparisonSheet(edition: "2008", scores: review)
        var pairs = 0
        let plan = ComparisonPlan(scale: IPSFidelityScale.definition, from: "2008", to: "fi-2026")
        let comparing = median(3) {
            for _ in 0..<comparisons { pairs &+= plan.compare(a, fi).pairs.count }
        }
        let unplannedCount = max(comparisons / 100, 1)
        let unplanned = median(3) {
            for _ in 0..<unplannedCount { pairs &+= IPSFidelityScale.definition.compare(a, fi).pairs.count }
        }
        let json = EditionJSON.encode(edition)
        let decoding = median(7) { _ = EditionJSON.decode(json) }
        return [
            "| score \(sheets.formatted()) sheets (2008, 25 items) | \(milliseconds(scoring)) | \(String(format: "%.2f µs", scoring / Double(sheets) * 1e6)) per sheet | checksum \(total % 1000) |",
            "| compare \(comparisons.formatted()) sheet pairs (2008 ↔ fi-2026) through one ComparisonPlan | \(milliseconds(comparing)) | \(String(format: "%.1f µs", comparing / Double(comparisons) * 1e6)) per pair | without a plan \(String(format: "%.1f µs", unplanned / Double(unplannedCount) * 1e6)) per pair: the plan is \(ratio(unplanned / Double(unplannedCount), comparing / Double(comparisons))) faster |",
            "| the 2008 edition: generated static tables, first access | \(milliseconds(firstAccess)) | decoding it from JSON (\(json.count / 1000) kB) \(milliseconds(decoding)) | JSON is \(ratio(decoding, firstAccess)) slower |",
        ]
    }
}

/// A JSON form of an edition's structure and texts, to measure run-time decoding against the
/// generated static data.
enum EditionJSON {
    struct Item: Codable {
        var id: String
        var number: Int
        var section: String
        var dataSources: [String]
    }

    struct Text: Codable {
        var language: String
        var title: String?
        var items: [String: ItemText]
    }

    struct ItemText: Codable {
        var title: String?
        var definition: String?
        var levels: [String: String]
        var guidance: [String]
        var examples: [String]
    }

    struct Document: Codable {
        var id: String
        var items: [Item]
        var texts: [Text]
    }

    static func encode(_ edition: EditionDefinition) -> Data {
        let document = Document(
            id: edition.id,
            items: edition.items.map { Item(id: $0.id, number: $0.number, section: $0.sectionID, dataSources: $0.dataSources) },
            texts: edition.texts.map { text in
                Text(
                    language: text.language.rawValue, title: text.title,
                    items: text.items.mapValues {
                        ItemText(
                            title: $0.title, definition: $0.definition,
                            levels: Dictionary(uniqueKeysWithValues: $0.levels.map { (String($0.key), $0.value) }), guidance: $0.guidance,
                            examples: $0.examples)
                    })
            })
        return (try? JSONEncoder().encode(document)) ?? Data()
    }

    static func decode(_ data: Data) -> EditionDefinition? {
        guard let document = try? JSONDecoder().decode(Document.self, from: data) else { return nil }
        let items = document.items.map { ItemDefinition(id: $0.id, number: $0.number, sectionID: $0.section, kind: .rated, dataSources: $0.dataSources) }
        let texts = document.texts.map { text in
            EditionText(
                language: LanguageTag(text.language), title: text.title, sections: [:],
                items: text.items.mapValues {
                    ScaleRuntime.ItemText(
                        title: $0.title, definition: $0.definition,
                        levels: Dictionary(uniqueKeysWithValues: $0.levels.compactMap { key, value in Int(key).map { ($0, value) } }),
                        guidance: $0.guidance, examples: $0.examples)
                }, bands: [:], dataSources: [:])
        }
        return EditionDefinition(
            id: document.id, sourceLanguage: "nb", levels: 1...5, sections: [SectionDefinition(id: "all", items: items)], bands: [],
            dataSources: [], texts: texts)
    }
}
