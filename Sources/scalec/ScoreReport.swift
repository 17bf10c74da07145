import ScaleCompiler

/// A scored review as the CLI prints it, in text or JSON.
struct ScoreReport: Encodable {
    typealias Band = ScoreReportDocument.Band
    typealias Finding = ScoreReportDocument.Finding
    typealias Section = ScoreReportDocument.Section

    var edition: String
    var language: String
    var metadata: [String: String]
    var total: Int
    var complete: Bool
    var possibleTotal: [Int]
    var sections: [Section]
    var band: Band?
    var possibleBands: [Band]
    var missing: [String]
    /// `strict` or `source`: how missing items were treated.
    var missingView: String
    /// Items scored by the edition's missing-data policy (only with `--missing source`).
    var imputed: [String]
    /// The policy in force and its source, when there is one.
    var missingDataPolicy: String?
    var findings: [Finding]

    init(
        result: ScoreResult, edition: EditionDefinition, language: LanguageTag, metadata: [String: String],
        findings: [String: LevelFinding] = [:], missingView: MissingDataView = .strict
    ) {
        self.missingView = missingView.rawValue
        self.imputed = result.imputed
        self.missingDataPolicy = result.missingDataPolicy.map { "\($0.rule.rawValue): \($0.note)" }
        func band(_ definition: BandDefinition) -> Band {
            Band(
                id: definition.id, label: edition.bandLabel(definition.id, in: language)?.value,
                min: definition.range.lowerBound, max: definition.range.upperBound)
        }
        self.edition = edition.id
        self.language = language.rawValue
        self.metadata = metadata
        self.total = result.total
        self.complete = result.isComplete
        self.possibleTotal = [result.possibleTotals.lowerBound, result.possibleTotals.upperBound]
        self.sections = result.sections.map {
            Section(
                id: $0.sectionID, title: edition.sectionTitle($0.sectionID, in: language)?.value, total: $0.total,
                scoredItems: $0.scoredItems, items: $0.itemCount)
        }
        self.band = result.band.map(band)
        self.possibleBands = result.possibleBands.map(band)
        self.missing = result.missing
        self.findings = edition.items.compactMap { item in
            findings[item.id].map { finding in
                Finding(
                    item: item.id, level: finding.level, value: finding.value, roundedValue: finding.roundedValue,
                    noLevel: finding.noLevelReason.map(Self.describe), alternativeLevel: finding.alternativeLevel,
                    unstatedConditions: finding.unstatedConditions, explanation: finding.explanationText)
            }
        }
        self.labels = ItemLabels(edition, in: language)
    }

    private var labels: ItemLabels

    /// The JSON shape, shared with apps through the runtime (`ScoreReportDocument`).
    var document: ScoreReportDocument {
        ScoreReportDocument(
            edition: edition, language: language, metadata: metadata, total: total, complete: complete,
            possibleTotal: possibleTotal, sections: sections, band: band, possibleBands: possibleBands, missing: missing,
            missingView: missingView, imputed: imputed, missingDataPolicy: missingDataPolicy, findings: findings)
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
        var out = "Edition \(edition) (\(language))\n"
        for key in metadata.keys.sorted() { out += "\(key): \(metadata[key] ?? "")\n" }
        let width = sections.map { ($0.title ?? $0.id).count }.max() ?? 0
        for section in sections {
            let name = section.title ?? section.id
            let padding = String(repeating: " ", count: max(0, width - name.count))
            out += "  \(name)\(padding)  \(section.total) (\(section.scoredItems) of \(section.items) items scored)\n"
        }
        if complete {
            out += "Total: \(total)\n"
        } else {
            out += "Total: \(total) over the scored items; with \(missing.count) missing the total will be \(possibleTotal[0])–\(possibleTotal[1])\n"
        }
        if let band {
            out += "Band: \(band.label ?? band.id) (\(band.min)–\(band.max))\n"
        } else if possibleBands.count == 1, let only = possibleBands.first {
            out += "Band: \(only.label ?? only.id) (\(only.min)–\(only.max)), whatever the missing items score\n"
        } else {
            let names = possibleBands.map { $0.label ?? $0.id }.joined(separator: " or ")
            out += "Band: undetermined until every item is scored (could be \(names))\n"
        }
        if !findings.isEmpty {
            out += "Levels from facts:\n"
            for finding in findings {
                let result = finding.level.map { "level \($0)" } ?? "no level (\(finding.noLevel ?? ""))"
                out += "  \(labels.label(finding.item)) [\(finding.item)]: \(result)\n"
                for step in finding.explanation { out += "      \(step)\n" }
            }
        }
        if !missing.isEmpty {
            out += "Missing (not counted):\n"
            for id in missing { out += "  \(labels.label(id)) [\(id)]\n" }
        }
        if missingView == MissingDataView.source.rawValue {
            if let missingDataPolicy {
                out += "Missing data as the source says (\(missingDataPolicy))\n"
            } else {
                out += "Missing data as the source says: edition \(edition) states no rule, so missing items stay missing\n"
            }
        }
        if !imputed.isEmpty {
            out += "Scored by the missing-data policy (counted in the total):\n"
            for id in imputed { out += "  \(labels.label(id)) [\(id)]\n" }
        }
        return out
    }
}
