/// Turns a measured item's observation into a value, rounds it, and finds its level.
struct MeasureEvaluation {
    let item: ItemDefinition
    let measure: Measure

    func finding(for facts: ItemFacts) throws(FactsError) -> LevelFinding {
        let observation = facts.observation
        try checkDomain(observation)
        let (value, steps) = try combine(observation, aggregation: measure.aggregation ?? .single)
        var finding = LevelFinding(item.id, level: nil, explanation: steps)
        finding.value = value
        let rounded = Arithmetic.round(value, measure.rounding)
        finding.roundedValue = rounded
        if measure.rounding != .none, measure.rounding != .nearestAnchor {
            finding.explanation.append("\(Arithmetic.describe(measure.rounding)): \(Arithmetic.format(rounded))")
        }
        place(rounded, rounding: measure.rounding, into: &finding)
        applySampleRule(facts, into: &finding)
        applyMinimumCount(facts, into: &finding)
        applySmallCaseloadRoute(facts, value: rounded, into: &finding)
        if let alternative = measure.alternative {
            let (altValue, _) = try combine(observation, aggregation: alternative.aggregation ?? measure.aggregation ?? .single)
            var altFinding = LevelFinding(item.id, level: nil, explanation: [])
            let altRounding = alternative.rounding ?? measure.rounding
            place(Arithmetic.round(altValue, altRounding), rounding: altRounding, into: &altFinding)
            finding.alternative = alternative
            finding.alternativeLevel = altFinding.level
            finding.explanation.append(alternativeLine(level: altFinding.level, chosen: finding.level, alternative))
        }
        return finding
    }

    /// Too few list entries score the sample rule's level, whatever their share.
    private func applySampleRule(_ facts: ItemFacts, into finding: inout LevelFinding) {
        guard let sample = measure.minimumSample, case .labels(let labels) = facts.observation else { return }
        guard let specialists = facts.specialists else {
            finding.unstatedConditions.append("specialists")
            finding.explanation.append(
                "number of specialists not stated: the sample-size rule needs at least \(sample.withOneSpecialist) entries with one specialist, \(sample.withSeveralSpecialists) with more (\(sample.note))")
            return
        }
        let required = sample.required(specialists: specialists)
        guard labels.count < required else {
            finding.explanation.append("\(labels.count) entries with \(specialists) specialist\(specialists == 1 ? "" : "s"): at least \(required), the sample is large enough")
            return
        }
        finding.setLevel(sample.level)
        finding.sampleRuleApplied = true
        finding.explanation.append(
            "\(labels.count) entries with \(specialists) specialist\(specialists == 1 ? "" : "s"), fewer than \(required): level \(sample.level) (\(sample.note))")
    }

    /// Too few counted cases (competitive jobs, employed clients) score the rule's level.
    private func applyMinimumCount(_ facts: ItemFacts, into finding: inout LevelFinding) {
        guard let rule = measure.minimumCount else { return }
        guard case .quotient(let count, let total) = facts.observation else {
            finding.unstatedConditions.append("minimum-count")
            finding.explanation.append(
                "the number counted is not known from a share: the level holds only with at least \(rule.atLeast) (\(rule.note))")
            return
        }
        let counted = rule.counted == .count ? count : total
        guard counted < Double(rule.atLeast) else {
            finding.explanation.append("\(Arithmetic.format(counted)) counted: at least \(rule.atLeast)")
            return
        }
        finding.setLevel(rule.level)
        finding.explanation.append("\(Arithmetic.format(counted)) counted, fewer than \(rule.atLeast): level \(rule.level) (\(rule.note))")
    }

    /// A small caseload reaches the route's level with fewer contacts.
    private func applySmallCaseloadRoute(_ facts: ItemFacts, value: Double, into finding: inout LevelFinding) {
        guard let route = measure.smallCaseloadRoute, let seekers = facts.jobSeekers else { return }
        guard seekers < route.jobSeekersBelow else {
            finding.explanation.append("\(seekers) clients seek work, not fewer than \(route.jobSeekersBelow): the small-caseload route does not apply")
            return
        }
        let needed = route.perJobSeeker * Double(seekers)
        guard value >= needed, (finding.level ?? Int.min) < route.level else {
            if value < needed {
                finding.explanation.append(
                    "\(seekers) clients seek work: the small-caseload route needs \(Arithmetic.format(needed)), \(Arithmetic.format(value)) is less")
            }
            return
        }
        finding.setLevel(route.level)
        finding.explanation.append(
            "\(seekers) clients seek work (fewer than \(route.jobSeekersBelow)) and \(Arithmetic.format(value)) ≥ \(Arithmetic.format(route.perJobSeeker)) × \(seekers): level \(route.level) by the small-caseload route (\(route.note))")
    }

    /// Values the quantity cannot take are errors in the facts, never a level.
    private func checkDomain(_ observation: ItemFacts.Observation) throws(FactsError) {
        guard let domain = measure.domain else { return }
        let given: [Double] =
            switch observation {
            case .value(let value): [value]
            case .values(let values): values
            default: []
            }
        for value in given where !domain.contains(value) {
            throw .outsideDomain(item: item.id, value: value, domain: domain)
        }
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

    /// Finds the level of a rounded value, or why it has none. Under `nearest-anchor` a value
    /// between anchors gets the nearest one; a declared gap stays a gap (the source has no
    /// anchor there at all).
    private func place(_ value: Double, rounding: Measure.Rounding, into finding: inout LevelFinding) {
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
        } else if rounding == .nearestAnchor, let nearest = nearestAnchors(to: value) {
            placeNearest(value, nearest, into: &finding)
        } else {
            finding.noLevelReason = .uncovered
            finding.explanation.append("no level covers \(shown)")
        }
    }

    /// The levels whose intervals are nearest to `value`, with the distance; several on a tie.
    private func nearestAnchors(to value: Double) -> (ranges: [Measure.LevelRange], distance: Double)? {
        var best: (ranges: [Measure.LevelRange], distance: Double)?
        for range in measure.levels {
            let distance = range.interval.distance(to: value)
            guard distance.isFinite else { continue }
            if let current = best, abs(current.distance - distance) < 1e-12 {
                best?.ranges.append(range)
            } else if distance < (best?.distance ?? .infinity) {
                best = ([range], distance)
            }
        }
        return best
    }

    private func placeNearest(
        _ value: Double, _ nearest: (ranges: [Measure.LevelRange], distance: Double), into finding: inout LevelFinding
    ) {
        let shown = Arithmetic.format(value)
        let described = nearest.ranges.map { "level \($0.level) \($0.interval)" }.joined(separator: " and ")
        let chosen: Measure.LevelRange?
        if nearest.ranges.count == 1 {
            chosen = nearest.ranges.first
        } else {
            switch measure.ties ?? .noLevel {
            case .lower: chosen = nearest.ranges.min { $0.level < $1.level }
            case .higher: chosen = nearest.ranges.max { $0.level < $1.level }
            case .noLevel: chosen = nil
            }
        }
        guard let chosen else {
            finding.noLevelReason = .tie(levels: nearest.ranges.map(\.level))
            finding.explanation.append(
                "\(shown) lies between anchors, equally near \(described); the source states no rule for ties: no level, decide from the anchor texts")
            return
        }
        finding.level = chosen.level
        finding.threshold = chosen
        let tie = nearest.ranges.count > 1 ? "; a tie, which goes to the \(measure.ties?.rawValue ?? "") level" : ""
        finding.explanation.append(
            "\(shown) lies between anchors; the nearest is \(described) (\(Arithmetic.format(nearest.distance)) away)\(tie): level \(chosen.level)")
    }
}
