extension EditionDefinition {
    /// The level of one item from what the evaluator observed, with its explanation.
    ///
    /// Measured items combine values by the edition's aggregation, round by its rounding rule
    /// and apply the thresholds; criteria items count the criteria met; items rated per
    /// specialist combine the specialists' levels. A value in a declared gap or overlap gets no
    /// level, with the reason. Caps lower the level when their condition is stated as not met.
    public func level(for itemID: String, from facts: ItemFacts) throws(FactsError) -> LevelFinding {
        guard let item = item(itemID) else { throw .unknownItem(itemID) }
        let knownConditions = item.caps.map(\.condition)
        for condition in facts.conditions.keys.sorted() where !knownConditions.contains(condition) {
            throw .unknownCondition(item: itemID, condition: condition, known: knownConditions)
        }
        try checkCounts(item, facts)
        if case .level(let level) = facts.observation {
            try checkLevel(itemID, level)
            // The evaluator decided the level: a stated condition it contradicts is an error to
            // fix in the review, never silently corrected.
            for rule in item.caps {
                guard let met = facts.conditions[rule.condition] else { continue }
                if rule.bounded(level, conditionMet: met) != level { throw .breaksRule(item: itemID, level: level, rule: rule) }
            }
        }
        var finding = try uncappedLevel(item, facts)
        applyCaps(item, facts.conditions, to: &finding)
        return finding
    }

    /// `specialists` and `job-seekers` only where a rule uses them, and only sensible counts.
    private func checkCounts(_ item: ItemDefinition, _ facts: ItemFacts) throws(FactsError) {
        let measure: Measure? = if case .measured(let measure) = item.kind { measure } else { nil }
        if let specialists = facts.specialists {
            guard measure?.minimumSample != nil else {
                throw .inapplicableFact(item: item.id, fact: "specialists", reason: "it has no sample-size rule")
            }
            guard specialists >= 1 else {
                throw .invalidCount(item: item.id, fact: "specialists", value: specialists, reason: "a service has at least one specialist")
            }
        }
        if let seekers = facts.jobSeekers {
            guard measure?.smallCaseloadRoute != nil else {
                throw .inapplicableFact(item: item.id, fact: "job-seekers", reason: "it has no small-caseload route")
            }
            guard seekers >= 1 else {
                throw .invalidCount(item: item.id, fact: "job-seekers", value: seekers, reason: "the small-caseload route counts at least one client seeking work")
            }
        }
    }

    private func uncappedLevel(_ item: ItemDefinition, _ facts: ItemFacts) throws(FactsError) -> LevelFinding {
        let observation = facts.observation
        switch (observation, item.kind) {
        case (.level(let level), _):
            try checkLevel(item.id, level)
            return LevelFinding(item.id, level: level, explanation: [.givenLevel(level)])
        case (.levels(let levels), _):
            guard let combination = item.combination else {
                throw .wrongObservation(item: item.id, kind: item.kind.name, expected: "one level (it is not rated per specialist)")
            }
            return try combinedLevel(item, levels, combination)
        case (.criteriaMet(let met), .criteria(let rule)):
            return try criteriaLevel(item, met, rule)
        case (.values(let values), .measured(let measure)) where item.combination != nil:
            return try perSpecialistLevel(item, measure, values, facts)
        case (_, .measured(let measure)):
            return try MeasureEvaluation(item: item, measure: measure).finding(for: facts)
        case (_, .criteria):
            throw .wrongObservation(item: item.id, kind: "criteria", expected: "the criteria met (`met:`) or a level")
        case (_, .rated):
            throw .wrongObservation(item: item.id, kind: "rated", expected: "a level")
        }
    }

    private func checkLevel(_ itemID: String, _ level: Int) throws(FactsError) {
        guard levels.contains(level) else { throw .levelOutOfRange(item: itemID, level: level, range: levels) }
    }

    /// «Bestem skåren for hver jobbspesialist … Legg sammen skårene, og del på antallet
    /// jobbspesialister» (003:3197–3199): each specialist's value gets its own level first, and
    /// the levels combine; one specialist without a level leaves the item without one.
    private func perSpecialistLevel(
        _ item: ItemDefinition, _ measure: Measure, _ values: [Double], _ facts: ItemFacts
    ) throws(FactsError) -> LevelFinding {
        guard !values.isEmpty, let combination = item.combination else { throw .empty(item: item.id) }
        var levels: [Int] = []
        var steps: [ExplanationStep] = []
        for (index, value) in values.enumerated() {
            var single = facts
            single.observation = .value(value)
            let finding = try MeasureEvaluation(item: item, measure: measure).finding(for: single)
            steps.append(.specialist(number: index + 1, value: value, steps: Array(finding.explanation.dropFirst())))
            guard let level = finding.level else {
                var none = LevelFinding(item.id, level: nil, explanation: steps)
                none.noLevelReason = finding.noLevelReason
                none.value = value
                none.explanation.append(.specialistWithoutLevel(number: index + 1))
                return none
            }
            levels.append(level)
        }
        var combined = try combinedLevel(item, levels, combination)
        combined.explanation = steps + combined.explanation
        return combined
    }

    private func combinedLevel(_ item: ItemDefinition, _ given: [Int], _ combination: Combination) throws(FactsError)
        -> LevelFinding
    {
        guard !given.isEmpty else { throw .empty(item: item.id) }
        for level in given { try checkLevel(item.id, level) }
        let values = given.map(Double.init)
        let combined = Arithmetic.aggregate(values, combination.aggregation)
        let rounded = clamp(combinedRound(combined, combination.rounding, ties: combination.ties))
        var finding = LevelFinding(
            item.id, level: rounded,
            explanation: [
                .aggregated(combination.aggregation, values: values, result: combined),
                .roundedToLevel(combination.rounding, level: rounded),
            ])
        finding.value = combined
        finding.roundedValue = Double(rounded)
        if let alternative = combination.alternative {
            let value = Arithmetic.aggregate(values, alternative.aggregation ?? combination.aggregation)
            let level = clamp(combinedRound(value, alternative.rounding ?? combination.rounding, ties: combination.ties))
            finding.alternative = alternative
            finding.alternativeLevel = level
            finding.explanation.append(.alternative(alternative, level: level, chosenLevel: rounded))
        }
        return finding
    }

    /// Levels are the anchors of a combined item, so the nearest anchor is the nearest whole
    /// level; a mean exactly between two goes by the tie rule (lower when none is stated, the
    /// conservative reading).
    private func combinedRound(_ value: Double, _ rounding: Measure.Rounding, ties: Measure.TieRule?) -> Double {
        guard rounding == .nearestAnchor else { return Arithmetic.round(value, rounding) }
        let below = value.rounded(.down)
        guard abs(value - below - 0.5) < 1e-9 else { return value.rounded(.toNearestOrAwayFromZero) }
        return ties == .higher ? below + 1 : below
    }

    /// Level range clamping for combined levels (a mean rounded up cannot leave 1…5, but `up`
    /// on a custom range could).
    private func clamp(_ value: Double) -> Int {
        min(max(Int(value), levels.lowerBound), levels.upperBound)
    }

    private func criteriaLevel(_ item: ItemDefinition, _ met: [String], _ rule: CriteriaRule) throws(FactsError)
        -> LevelFinding
    {
        var seen: Set<String> = []
        for criterion in met {
            guard rule.criteria.contains(criterion) else {
                throw .unknownCriterion(item: item.id, criterion: criterion, known: rule.criteria)
            }
            guard seen.insert(criterion).inserted else { throw .repeatedCriterion(item: item.id, criterion: criterion) }
        }
        let level = rule.level(forCount: met.count) ?? levels.lowerBound
        return LevelFinding(item.id, level: level, explanation: [.criteriaCounted(met: met, of: rule.criteria.count, level: level)])
    }

    /// Caps (when their condition is not met) and floors (when it is), each explained with the
    /// source's words; an unstated condition is listed, and said where it could change the level.
    private func applyCaps(_ item: ItemDefinition, _ conditions: [String: Bool], to finding: inout LevelFinding) {
        for rule in item.caps {
            guard let met = conditions[rule.condition] else {
                finding.unstatedConditions.append(rule.condition)
                if let level = finding.level, rule.bounded(level, conditionMet: rule.isFloor) != level {
                    let other = rule.bounded(level, conditionMet: rule.isFloor)
                    finding.explanation.append(.conditionUnstated(rule, level: level, otherwise: other))
                }
                continue
            }
            finding.explanation.append(.condition(rule, met: met, applies: met == rule.isFloor))
            if let level = finding.level {
                let bounded = rule.bounded(level, conditionMet: met)
                if bounded != level {
                    finding.setLevel(bounded)
                    finding.appliedCaps.append(rule)
                }
            }
            if let level = finding.alternativeLevel { finding.alternativeLevel = rule.bounded(level, conditionMet: met) }
        }
    }
}

extension LevelFinding {
    /// A rule decided the level: whatever reason there was for having none no longer holds.
    mutating func setLevel(_ level: Int) {
        self.level = level
        noLevelReason = nil
    }

    init(_ itemID: String, level: Int?, explanation: [ExplanationStep]) {
        self.init(
            itemID: itemID, level: level, noLevelReason: nil, value: nil, roundedValue: nil, threshold: nil,
            appliedCaps: [], unstatedConditions: [], alternativeLevel: nil, alternative: nil, explanation: explanation)
    }
}
