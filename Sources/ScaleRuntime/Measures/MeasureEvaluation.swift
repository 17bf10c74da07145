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
            finding.explanation.append(.rounded(measure.rounding, result: rounded))
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
            finding.explanation.append(.alternative(alternative, level: altFinding.level, chosenLevel: finding.level))
        }
        return finding
    }

    /// Too few list entries score the sample rule's level, whatever their share.
    private func applySampleRule(_ facts: ItemFacts, into finding: inout LevelFinding) {
        guard let sample = measure.minimumSample, case .labels(let labels) = facts.observation else { return }
        guard let specialists = facts.specialists else {
            finding.unstatedConditions.append("specialists")
            finding.explanation.append(.sampleSizeUnstated(sample))
            return
        }
        let required = sample.required(specialists: specialists)
        guard labels.count < required else {
            finding.explanation.append(.sampleLargeEnough(entries: labels.count, specialists: specialists, required: required))
            return
        }
        finding.setLevel(sample.level)
        finding.sampleRuleApplied = true
        finding.explanation.append(.sampleTooSmall(entries: labels.count, specialists: specialists, required: required, sample))
    }

    /// Too few counted cases (competitive jobs, employed clients) score the rule's level.
    private func applyMinimumCount(_ facts: ItemFacts, into finding: inout LevelFinding) {
        guard let rule = measure.minimumCount else { return }
        guard case .quotient(let count, let total) = facts.observation else {
            finding.unstatedConditions.append("minimum-count")
            finding.explanation.append(.countUnknown(rule))
            return
        }
        let counted = rule.counted == .count ? count : total
        guard counted < Double(rule.atLeast) else {
            finding.explanation.append(.countSufficient(counted: counted, atLeast: rule.atLeast))
            return
        }
        finding.setLevel(rule.level)
        finding.explanation.append(.countTooSmall(counted: counted, rule))
    }

    /// A small caseload reaches the route's level with fewer contacts.
    private func applySmallCaseloadRoute(_ facts: ItemFacts, value: Double, into finding: inout LevelFinding) {
        guard let route = measure.smallCaseloadRoute, let seekers = facts.jobSeekers else { return }
        guard seekers < route.jobSeekersBelow else {
            finding.explanation.append(.smallCaseloadRouteNotApplicable(jobSeekers: seekers, route))
            return
        }
        let needed = route.perJobSeeker * Double(seekers)
        guard value >= needed, (finding.level ?? Int.min) < route.level else {
            if value < needed {
                finding.explanation.append(.smallCaseloadRouteShort(jobSeekers: seekers, needed: needed, value: value))
            }
            return
        }
        finding.setLevel(route.level)
        finding.explanation.append(.smallCaseloadRoute(jobSeekers: seekers, value: value, route))
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
        -> (Double, [ExplanationStep])
    {
        switch observation {
        case .value(let value):
            return (value, [.givenValue(value)])
        case .values(let values):
            guard !values.isEmpty else { throw .empty(item: item.id) }
            if aggregation == .single, values.count != 1 { throw .notSingle(item: item.id, count: values.count) }
            let value = Arithmetic.aggregate(values, aggregation)
            return (value, [.aggregated(aggregation, values: values, result: value)])
        case .quotient(let count, let total):
            guard let quotient = measure.quotient else {
                throw .wrongObservation(item: item.id, kind: "measured", expected: "values or a value (it takes no count/of)")
            }
            guard total > 0, count >= 0 else { throw .invalidQuotient(item: item.id, reason: "count and of must be positive") }
            if quotient == .percent, count > total {
                throw .invalidQuotient(item: item.id, reason: "count \(Arithmetic.format(count)) exceeds of \(Arithmetic.format(total))")
            }
            let value = count / total * (quotient == .percent ? 100 : 1)
            return (value, [.quotient(count: count, of: total, quotient, result: value)])
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
                [.labelsCounted(entries: labels.count, distinct: counts.count, maxPerLabel: maximum, counted: counted, result: value)]
            )
        case .level, .levels, .criteriaMet:
            throw .wrongObservation(item: item.id, kind: "measured", expected: "values, a value, count/of or a list")
        }
    }

    /// Finds the level of a rounded value, or why it has none. Under `nearest-anchor` a value
    /// between anchors gets the nearest one; a declared gap stays a gap (the source has no
    /// anchor there at all).
    private func place(_ value: Double, rounding: Measure.Rounding, into finding: inout LevelFinding) {
        let matches = measure.levels.filter { $0.interval.contains(value) }
        if matches.count == 1, let match = matches.first {
            finding.level = match.level
            finding.threshold = match
            finding.explanation.append(.inRange(value, match))
        } else if matches.count > 1 {
            let overlap = measure.overlaps.first { $0.interval.contains(value) }
            let levels = matches.map(\.level)
            finding.noLevelReason = .overlap(levels: levels, note: overlap?.note ?? "")
            finding.explanation.append(.inOverlap(value, levels: levels, note: overlap?.note))
        } else if let gap = measure.gaps.first(where: { $0.interval.contains(value) }) {
            finding.noLevelReason = .declaredGap(gap.interval, note: gap.note)
            finding.explanation.append(.inGap(value, gap))
        } else if rounding == .nearestAnchor, let nearest = nearestAnchors(to: value) {
            placeNearest(value, nearest, into: &finding)
        } else {
            finding.noLevelReason = .uncovered
            finding.explanation.append(.uncovered(value))
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
            finding.explanation.append(.tieWithoutRule(value, nearest: nearest.ranges))
            return
        }
        finding.level = chosen.level
        finding.threshold = chosen
        finding.explanation.append(
            .nearestAnchor(value, nearest: nearest.ranges, distance: nearest.distance, ties: measure.ties, level: chosen.level))
    }
}
