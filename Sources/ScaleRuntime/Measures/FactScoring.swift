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
        var finding = try uncappedLevel(item, facts.observation)
        applyCaps(item, facts.conditions, to: &finding)
        return finding
    }

    private func uncappedLevel(_ item: ItemDefinition, _ observation: ItemFacts.Observation) throws(FactsError)
        -> LevelFinding
    {
        switch (observation, item.kind) {
        case (.level(let level), _):
            try checkLevel(item.id, level)
            return LevelFinding(item.id, level: level, explanation: ["level \(level) as given"])
        case (.levels(let levels), _):
            guard let combination = item.combination else {
                throw .wrongObservation(item: item.id, kind: item.kind.name, expected: "one level (it is not rated per specialist)")
            }
            return try combinedLevel(item, levels, combination)
        case (.criteriaMet(let met), .criteria(let rule)):
            return try criteriaLevel(item, met, rule)
        case (_, .measured(let measure)):
            return try MeasureEvaluation(item: item, measure: measure).finding(for: observation)
        case (_, .criteria):
            throw .wrongObservation(item: item.id, kind: "criteria", expected: "the criteria met (`met:`) or a level")
        case (_, .rated):
            throw .wrongObservation(item: item.id, kind: "rated", expected: "a level")
        }
    }

    private func checkLevel(_ itemID: String, _ level: Int) throws(FactsError) {
        guard levels.contains(level) else { throw .levelOutOfRange(item: itemID, level: level, range: levels) }
    }

    private func combinedLevel(_ item: ItemDefinition, _ given: [Int], _ combination: Combination) throws(FactsError)
        -> LevelFinding
    {
        guard !given.isEmpty else { throw .empty(item: item.id) }
        for level in given { try checkLevel(item.id, level) }
        let values = given.map(Double.init)
        let combined = Arithmetic.aggregate(values, combination.aggregation)
        let rounded = clamp(Arithmetic.round(combined, combination.rounding))
        var finding = LevelFinding(
            item.id, level: rounded,
            explanation: [
                "\(Arithmetic.describe(combination.aggregation, of: values)) = \(Arithmetic.format(combined))",
                "\(Arithmetic.describe(combination.rounding)): level \(rounded)",
            ])
        finding.value = combined
        finding.roundedValue = Double(rounded)
        if let alternative = combination.alternative {
            let value = Arithmetic.aggregate(values, alternative.aggregation ?? combination.aggregation)
            let level = clamp(Arithmetic.round(value, alternative.rounding ?? combination.rounding))
            finding.alternative = alternative
            finding.alternativeLevel = level
            finding.explanation.append(alternativeLine(level: level, chosen: rounded, alternative))
        }
        return finding
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
        let names = met.isEmpty ? "none" : met.joined(separator: ", ")
        return LevelFinding(
            item.id, level: level,
            explanation: ["\(met.count) of \(rule.criteria.count) criteria met (\(names)): level \(level)"])
    }

    private func applyCaps(_ item: ItemDefinition, _ conditions: [String: Bool], to finding: inout LevelFinding) {
        for cap in item.caps {
            switch conditions[cap.condition] {
            case false?:
                finding.explanation.append("condition '\(cap.condition)' not met: at most level \(cap.maxLevel)")
                if let level = finding.level, level > cap.maxLevel {
                    finding.level = cap.maxLevel
                    finding.appliedCaps.append(cap)
                }
                if let level = finding.alternativeLevel, level > cap.maxLevel { finding.alternativeLevel = cap.maxLevel }
            case true?:
                finding.explanation.append("condition '\(cap.condition)' met")
            case nil:
                finding.unstatedConditions.append(cap.condition)
                if let level = finding.level, level > cap.maxLevel {
                    finding.explanation.append(
                        "condition '\(cap.condition)' not stated: level \(level) holds only if it is met (otherwise at most \(cap.maxLevel))")
                }
            }
        }
    }
}

func alternativeLine(level: Int?, chosen: Int?, _ alternative: Alternative) -> String {
    var rule: [String] = []
    if let aggregation = alternative.aggregation { rule.append(aggregation.rawValue) }
    if let rounding = alternative.rounding { rule.append(Arithmetic.describe(rounding)) }
    let result = level.map { "level \($0)" } ?? "no level"
    let agreement = level == chosen ? "the same" : "differs"
    return "the source's other rule (\(rule.joined(separator: ", "))) gives \(result): \(agreement)"
}

extension LevelFinding {
    init(_ itemID: String, level: Int?, explanation: [String]) {
        self.init(
            itemID: itemID, level: level, noLevelReason: nil, value: nil, roundedValue: nil, threshold: nil,
            appliedCaps: [], unstatedConditions: [], alternativeLevel: nil, alternative: nil, explanation: explanation)
    }
}
