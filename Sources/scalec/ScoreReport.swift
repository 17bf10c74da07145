import ScaleCompiler

/// A scored review as the CLI prints it, in text or JSON.
struct ScoreReport: Encodable {
    typealias Band = ScoreReportDocument.Band
    typealias Finding = ScoreReportDocument.Finding
    typealias Section = ScoreReportDocument.Section

    /// The report as data: the JSON shape shared with apps through the runtime.
    let document: ScoreReportDocument
    private let labels: ItemLabels

    init(
        result: ScoreResult, edition: EditionDefinition, language: LanguageTag, metadata: [String: String],
        findings: [String: LevelFinding] = [:], missingView: MissingDataView = .strict
    ) {
        func band(_ definition: BandDefinition) -> Band {
            Band(
                id: definition.id, label: edition.bandLabel(definition.id, in: language)?.value,
                min: definition.range.lowerBound, max: definition.range.upperBound)
        }
        let sections = result.sections.map {
            Section(
                id: $0.sectionID, title: edition.sectionTitle($0.sectionID, in: language)?.value, total: $0.total,
                scoredItems: $0.scoredItems, items: $0.itemCount)
        }
        let computed = edition.items.compactMap { item in
            findings[item.id].map { finding in
                Finding(
                    item: item.id, level: finding.level, value: finding.value, roundedValue: finding.roundedValue,
                    noLevel: finding.noLevelReason.map(Self.describe), alternativeLevel: finding.alternativeLevel,
                    unstatedConditions: finding.unstatedConditions, explanation: finding.explanationText)
            }
        }
        document = ScoreReportDocument(
            edition: edition.id, language: language.rawValue, metadata: metadata, total: result.total,
            complete: result.isComplete, possibleTotal: [result.possibleTotals.lowerBound, result.possibleTotals.upperBound],
            sections: sections, band: result.band.map(band), possibleBands: result.possibleBands.map(band),
            missing: result.missing, missingView: missingView.rawValue, imputed: result.imputed,
            missingDataPolicy: result.missingDataPolicy.map { "\($0.rule.rawValue): \($0.note)" }, findings: computed)
        labels = ItemLabels(edition, in: language)
    }

    func encode(to encoder: any Encoder) throws { try document.encode(to: encoder) }

    static func describe(_ reason: LevelFinding.NoLevelReason) -> String {
        switch reason {
        case .declaredGap: "in a gap the source leaves"
        case .overlap(let levels, _): "in an overlap of levels \(levels.map(String.init).joined(separator: " and "))"
        case .uncovered: "outside every level"
        case .tie(let levels): "equally near levels \(levels.map(String.init).joined(separator: " and ")), and the source states no rule for ties"
        }
    }

    var text: String {
        let report = document
        var out = "Edition \(report.edition) (\(report.language))\n"
        for key in report.metadata.keys.sorted() { out += "\(key): \(report.metadata[key] ?? "")\n" }
        let width = report.sections.map { ($0.title ?? $0.id).count }.max() ?? 0
        for section in report.sections {
            let name = section.title ?? section.id
            let padding = String(repeating: " ", count: max(0, width - name.count))
            out += "  \(name)\(padding)  \(section.total) (\(section.scoredItems) of \(section.items) items scored)\n"
        }
        if report.complete {
            out += "Total: \(report.total)\n"
        } else {
            out += "Total: \(report.total) over the scored items; with \(report.missing.count) missing the total will be \(report.possibleTotal[0])–\(report.possibleTotal[1])\n"
        }
        if let band = report.band {
            out += "Band: \(band.label ?? band.id) (\(band.min)–\(band.max))\n"
        } else if report.possibleBands.count == 1, let only = report.possibleBands.first {
            out += "Band: \(only.label ?? only.id) (\(only.min)–\(only.max)), whatever the missing items score\n"
        } else {
            let names = report.possibleBands.map { $0.label ?? $0.id }.joined(separator: " or ")
            out += "Band: undetermined until every item is scored (could be \(names))\n"
        }
        if !report.findings.isEmpty {
            out += "Levels from facts:\n"
            for finding in report.findings {
                let result = finding.level.map { "level \($0)" } ?? "no level (\(finding.noLevel ?? ""))"
                out += "  \(labels.label(finding.item)) [\(finding.item)]: \(result)\n"
                for step in finding.explanation { out += "      \(step)\n" }
            }
        }
        if !report.missing.isEmpty {
            out += "Missing (not counted):\n"
            for id in report.missing { out += "  \(labels.label(id)) [\(id)]\n" }
        }
        if report.missingView == MissingDataView.source.rawValue {
            if let policy = report.missingDataPolicy {
                out += "Missing data as the source says (\(policy))\n"
            } else {
                out += "Missing data as the source says: edition \(report.edition) states no rule, so missing items stay missing\n"
            }
        }
        if !report.imputed.isEmpty {
            out += "Scored by the missing-data policy (counted in the total):\n"
            for id in report.imputed { out += "  \(labels.label(id)) [\(id)]\n" }
        }
        return out
    }
}
