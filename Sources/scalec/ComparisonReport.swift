import ScaleCompiler

/// A comparison as the CLI prints it, in text or JSON.
struct ComparisonReport: Encodable {
    struct Side: Encodable {
        var edition: String
        var metadata: [String: String]
    }

    struct Rescoring: Encodable {
        var level: Int?
        var explanation: [String]
    }

    struct Item: Encodable {
        var itemA: String
        var itemB: String
        var titleA: String
        var titleB: String
        var scoreA: Int
        var scoreAOnB: Int
        var scoreB: Int
        var change: Int
        var relation: String
        var approximate: Bool
        var levelMap: [String: Int]?
        var note: String
        var sources: [String]
        /// A's facts under B's rules, and B's under A's.
        var rescoredA: Rescoring?
        var rescoredB: Rescoring?
    }

    struct Excluded: Encodable {
        var itemA: String?
        var itemB: String?
        var title: String
        var relation: String?
        var reason: String
    }

    struct Totals: Encodable {
        var a: Int
        var aOnB: Int
        var b: Int
        var change: Int
    }

    var a: Side
    var b: Side
    var verdict: String
    var comparableItems: Int
    var items: Int
    var comparable: [Item]
    var notComparable: [Excluded]
    var totals: Totals
    var language: String

    init(
        _ comparison: Comparison, a: EditionDefinition, b: EditionDefinition, language: LanguageTag,
        metadataA: [String: String], metadataB: [String: String]
    ) {
        let labelsA = ItemLabels(a, in: language)
        let labelsB = ItemLabels(b, in: language)
        func title(_ edition: EditionDefinition, _ id: String?) -> String {
            guard let id else { return "" }
            return (edition.id == a.id ? labelsA : labelsB).label(id)
        }
        func rescoring(_ finding: LevelFinding?) -> Rescoring? {
            finding.map { Rescoring(level: $0.level, explanation: $0.explanationText) }
        }
        self.a = Side(edition: a.id, metadata: metadataA)
        self.b = Side(edition: b.id, metadata: metadataB)
        self.language = language.rawValue
        switch comparison.verdict {
        case .fullyComparable: verdict = "fully comparable"
        case .partiallyComparable(let k, let n): verdict = "comparable over \(k) of \(n) items"
        case .notComparable: verdict = "not comparable"
        }
        comparableItems = comparison.pairs.count
        items = comparison.itemCount
        comparable = comparison.pairs.map { pair in
            return Item(
                itemA: pair.itemA, itemB: pair.itemB, titleA: title(a, pair.itemA), titleB: title(b, pair.itemB),
                scoreA: pair.scoreA, scoreAOnB: pair.mappedA, scoreB: pair.scoreB, change: pair.change,
                relation: pair.equivalence.kind.rawValue, approximate: pair.equivalence.approximate,
                levelMap: pair.equivalence.kind == .rescaled || pair.equivalence.kind == .adapted
                    ? pair.equivalence.levelMap.map { map in Dictionary(uniqueKeysWithValues: map.map { (String($0.key), $0.value) }) }
                    : nil,
                note: pair.equivalence.steps.map(\.relation.note).joined(separator: " "),
                sources: pair.equivalence.steps.flatMap(\.relation.sources),
                rescoredA: rescoring(pair.rescoredA), rescoredB: rescoring(pair.rescoredB))
        }
        notComparable = comparison.excluded.map { excluded in
            let reason = excluded.reason(a: a.id, b: b.id)
            let heading =
                excluded.itemA.map { title(a, $0) + (excluded.itemB.map { " → " + title(b, $0) } ?? "") }
                ?? title(b, excluded.itemB)
            return Excluded(
                itemA: excluded.itemA, itemB: excluded.itemB, title: heading, relation: excluded.kind?.rawValue,
                reason: reason)
        }
        totals = Totals(
            a: comparison.totalA, aOnB: comparison.mappedTotalA, b: comparison.totalB,
            change: comparison.totalB - comparison.mappedTotalA)
    }

    var text: String {
        var out = "Comparing \(a.edition)\(describe(a.metadata)) with \(b.edition)\(describe(b.metadata))\n"
        out += "Verdict: \(verdict)\n\n"
        if !comparable.isEmpty {
            out += "Comparable items (\(a.edition) score → on \(b.edition) levels; \(b.edition) score; change):\n"
            for item in comparable {
                let arrow = item.titleA == item.titleB ? item.titleA : "\(item.titleA) → \(item.titleB)"
                let mapped = item.scoreAOnB == item.scoreA ? "\(item.scoreA)" : "\(item.scoreA) → \(item.scoreAOnB)"
                let sign = item.change > 0 ? "+" : ""
                out += "  \(arrow)\n      \(mapped); \(item.scoreB); \(sign)\(item.change)   [\(item.relation)\(item.approximate ? ", approximate" : "")]\n"
                for (label, rescored) in [("\(a.edition) facts under \(b.edition) rules", item.rescoredA), ("\(b.edition) facts under \(a.edition) rules", item.rescoredB)] {
                    guard let rescored else { continue }
                    out += "      \(label): \(rescored.level.map { "level \($0)" } ?? "no level") (\(rescored.explanation.joined(separator: "; ")))\n"
                }
            }
            out += "\n"
        }
        if !notComparable.isEmpty {
            out += "Not comparable:\n"
            for item in notComparable {
                out += "  \(item.title)\n      \(item.reason)\n"
            }
            out += "\n"
        }
        let sign = totals.change > 0 ? "+" : ""
        out += "Totals over the \(comparableItems) comparable items: \(a.edition) \(totals.a) (on \(b.edition) levels \(totals.aOnB)), \(b.edition) \(totals.b); change \(sign)\(totals.change)\n"
        return out
    }

    private func describe(_ metadata: [String: String]) -> String {
        let parts = ["service", "reviewed"].compactMap { metadata[$0] }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}
