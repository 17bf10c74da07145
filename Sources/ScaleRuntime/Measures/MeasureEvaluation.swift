/// Turns a measured item's observation into a value, rounds it, and finds its level.
struct MeasureEvaluation {
    let item: ItemDefinition
    let measure: Measure

    func finding(for observation: ItemFacts.Observation) throws(FactsError) -> LevelFinding {
        let (value, steps) = try combine(observation, aggregation: measure.aggregation ?? .single)
        var finding = LevelFinding(item.id, level: nil, explanation: steps)
        finding.value = value
        let rounded = Arithmetic.round(value, measure.rounding)
        finding.roundedValue = rounded
        if measure.rounding != .none {
            finding.explanation.append("\(Arithmetic.describe(measure.rounding)): \(Arithmetic.format(rounded))")
        }
        place(rounded, into: &finding)
        if let alternative = measure.alternative {
            let (altValue, _) = try combine(observation, aggregation: alternative.aggregation ?? measure.aggregation ?? .single)
            var altFinding = LevelFinding(item.id, level: nil, explanation: [])
            place(Arithmetic.round(altValue, alternative.rounding ?? measure.rounding), into: &altFinding)
            finding.alternative = alternative
            finding.alternativeLevel = altFinding.level
            finding.explanation.append(alternativeLine(level: altFinding.level, chosen: finding.level, alternative))
        }
        return finding
    }

    /// The value and how it was computed.
    private func combine(_ observation: ItemFacts.Observation, aggregation: Measure.Aggregation) throws(FactsError)
        -> (Double, [String])
    {
        switch observation {
        case .value(let value):
            return (value, ["value \(Arithmetic.format(value)) as given"])
        case .values(let values):
            guard !values.isEmpty else { throw .empty(item: item.id) }
            if aggregation == .single, values.count != 1 { throw .notSingle(item: item.id, count: values.count) }
            let value = Arithmetic.aggregate(values, aggregation)
            return (value, ["\(Arithmetic.describe(aggregation, of: values)) = \(Arithmetic.format(value))"])
        case .quotient(let count, let total):
            guard let quotient = measure.quotient else {
                throw .wrongObservation(item: item.id, kind: "measured", expected: "values or a value (it takes no count/of)")
            }
            guard total > 0, count >= 0 else { throw .invalidQuotient(item: item.id, reason: "count and of must be positive") }
            if quotient == .percent, count > total {
                throw .invalidQuotient(item: item.id, reason: "count \(Arithmetic.format(count)) exceeds of \(Arithmetic.format(total))")
            }
            let value = count / total * (quotient == .percent ? 100 : 1)
            let (count, total) = (Arithmetic.format(count), Arithmetic.format(total))
            let step =
                quotient == .percent
                ? "\(count) of \(total) = \(Arithmetic.format(value)) %" : "\(count) ÷ \(total) = \(Arithmetic.format(value))"
            return (value, [step])
        case .labels(let labels):
            guard let maximum = measure.maxPerLabel else {
                throw .wrongObservation(item: item.id, kind: "measured", expected: "values or a value (it takes no list)")
            }
            guard !labels.isEmpty else { throw .empty(item: item.id) }
            var counts: [String: Int] = [:]
            for label in labels { counts[label, default: 0] += 1 }
            let counted = counts.values.reduce(0) { $0 + min($1, maximum) }
            let value = Double(counted) / Double(labels.count) * 100
            return (
                value,
                [
                    "\(labels.count) entries, \(counts.count) distinct; counting each at most \(maximum) times: \(counted) of \(labels.count) = \(Arithmetic.format(value)) %"
                ]
            )
        case .level, .levels, .criteriaMet:
            throw .wrongObservation(item: item.id, kind: "measured", expected: "values, a value, count/of or a list")
        }
    }

    /// Finds the level of a rounded value, or why it has none.
    private func place(_ value: Double, into finding: inout LevelFinding) {
        let shown = Arithmetic.format(value)
        let matches = measure.levels.filter { $0.interval.contains(value) }
        if matches.count == 1, let match = matches.first {
            finding.level = match.level
            finding.threshold = match
            finding.explanation.append("\(shown) is in \(match.interval): level \(match.level)")
        } else if matches.count > 1 {
            let overlap = measure.overlaps.first { $0.interval.contains(value) }
            let levels = matches.map(\.level)
            finding.noLevelReason = .overlap(levels: levels, note: overlap?.note ?? "")
            finding.explanation.append(
                "\(shown) is in the levels \(levels.map(String.init).joined(separator: " and ")), which the source overlaps: no level; decide from the anchor texts"
                    + (overlap.map { $0.note.isEmpty ? "" : " (\($0.note))" } ?? ""))
        } else if let gap = measure.gaps.first(where: { $0.interval.contains(value) }) {
            finding.noLevelReason = .declaredGap(gap.interval, note: gap.note)
            finding.explanation.append(
                "\(shown) is in the gap \(gap.interval) that the source leaves: no level" + (gap.note.isEmpty ? "" : " (\(gap.note))"))
        } else {
            finding.noLevelReason = .uncovered
            finding.explanation.append("no level covers \(shown)")
        }
    }
}
