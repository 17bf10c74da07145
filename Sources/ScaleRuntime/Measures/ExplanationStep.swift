/// One step of how facts became a level, as data: an app shows it in its own language from the
/// cases' values, and ``description`` says it in English. Notes (`note`) are the scale's own
/// words with their source lines.
public enum ExplanationStep: Sendable, Hashable, CustomStringConvertible {
    /// The evaluator gave the level.
    case givenLevel(Int)
    /// The evaluator gave the combined value.
    case givenValue(Double)
    /// Values (or per-specialist levels) combined.
    case aggregated(Measure.Aggregation, values: [Double], result: Double)
    /// A count divided by a total.
    case quotient(count: Double, of: Double, Measure.Quotient, result: Double)
    /// A list of labels, each counted at most `maxPerLabel` times.
    case labelsCounted(entries: Int, distinct: Int, maxPerLabel: Int, counted: Int, result: Double)
    /// The combined value rounded before the thresholds apply.
    case rounded(Measure.Rounding, result: Double)
    /// Combined per-specialist levels rounded to a level.
    case roundedToLevel(Measure.Rounding, level: Int)
    /// One specialist's value and the steps that gave its level.
    case specialist(number: Int, value: Double, steps: [ExplanationStep])
    /// One specialist's value has no level, so the item has none.
    case specialistWithoutLevel(number: Int)
    /// The value lies in a level's interval.
    case inRange(Double, Measure.LevelRange)
    /// The value lies where the source overlaps levels.
    case inOverlap(Double, levels: [Int], note: String?)
    /// The value lies in a gap the source declares.
    case inGap(Double, Measure.Declared)
    /// No level covers the value.
    case uncovered(Double)
    /// Between anchors, equally near several, and the source states no tie rule.
    case tieWithoutRule(Double, nearest: [Measure.LevelRange])
    /// Between anchors: the nearest decides (a tie by the tie rule).
    case nearestAnchor(Double, nearest: [Measure.LevelRange], distance: Double, ties: Measure.TieRule?, level: Int)
    /// Criteria counted.
    case criteriaCounted(met: [String], of: Int, level: Int)
    /// The number of specialists the sample-size rule needs is not stated.
    case sampleSizeUnstated(Measure.MinimumSample)
    /// The list is long enough for the sample-size rule.
    case sampleLargeEnough(entries: Int, specialists: Int, required: Int)
    /// The list is too short: the sample-size rule sets the level.
    case sampleTooSmall(entries: Int, specialists: Int, required: Int, Measure.MinimumSample)
    /// The number the minimum-count rule counts is not known from the facts.
    case countUnknown(Measure.MinimumCount)
    /// Enough cases counted.
    case countSufficient(counted: Double, atLeast: Int)
    /// Too few cases counted: the minimum-count rule sets the level.
    case countTooSmall(counted: Double, Measure.MinimumCount)
    /// Not few enough job seekers for the small-caseload route.
    case smallCaseloadRouteNotApplicable(jobSeekers: Int, Measure.SmallCaseloadRoute)
    /// Few job seekers, but the value is short of what the route needs.
    case smallCaseloadRouteShort(jobSeekers: Int, needed: Double, value: Double)
    /// The small-caseload route sets the level.
    case smallCaseloadRoute(jobSeekers: Int, value: Double, Measure.SmallCaseloadRoute)
    /// The source's other rule, always computed.
    case alternative(Alternative, level: Int?, chosenLevel: Int?)
    /// A cap's or floor's condition was not stated, and the level holds only one way.
    case conditionUnstated(LevelCap, level: Int, otherwise: Int)
    /// A cap's or floor's condition was stated; `applies` when it bounds the level.
    case condition(LevelCap, met: Bool, applies: Bool)

    /// The step in English on one line, as `scalec score` prints it.
    public var description: String {
        let f = Arithmetic.format
        switch self {
        case .givenLevel(let level): return "level \(level) as given"
        case .givenValue(let value): return "value \(f(value)) as given"
        case .aggregated(let aggregation, let values, let result):
            return "\(Arithmetic.describe(aggregation, of: values)) = \(f(result))"
        case .quotient(let count, let total, let quotient, let result):
            return quotient == .percent ? "\(f(count)) of \(f(total)) = \(f(result)) %" : "\(f(count)) ÷ \(f(total)) = \(f(result))"
        case .labelsCounted(let entries, let distinct, let maximum, let counted, let result):
            return "\(entries) entries, \(distinct) distinct; counting each at most \(maximum) times: \(counted) of \(entries) = \(f(result)) %"
        case .rounded(let rounding, let result): return "\(Arithmetic.describe(rounding)): \(f(result))"
        case .roundedToLevel(let rounding, let level): return "\(Arithmetic.describe(rounding)): level \(level)"
        case .specialist(let number, let value, let steps):
            return "specialist \(number): \(f(value)) — \(steps.map(\.description).joined(separator: "; "))"
        case .specialistWithoutLevel(let number):
            return "specialist \(number) has no level from the facts: give that specialist's level (`levels:`)"
        case .inRange(let value, let range): return "\(f(value)) is in \(range.interval): level \(range.level)"
        case .inOverlap(let value, let levels, let note):
            return "\(f(value)) is in the levels \(levels.map(String.init).joined(separator: " and ")), which the source overlaps: no level; decide from the anchor texts"
                + (note.map { $0.isEmpty ? "" : " (\($0))" } ?? "")
        case .inGap(let value, let gap):
            return "\(f(value)) is in the gap \(gap.interval) that the source leaves: no level" + (gap.note.isEmpty ? "" : " (\(gap.note))")
        case .uncovered(let value): return "no level covers \(f(value))"
        case .tieWithoutRule(let value, let nearest):
            return "\(f(value)) lies between anchors, equally near \(Self.describe(nearest)); the source states no rule for ties: no level, decide from the anchor texts"
        case .nearestAnchor(let value, let nearest, let distance, let ties, let level):
            let tie = nearest.count > 1 ? "; a tie, which goes to the \(ties?.rawValue ?? "") level" : ""
            return "\(f(value)) lies between anchors; the nearest is \(Self.describe(nearest)) (\(f(distance)) away)\(tie): level \(level)"
        case .criteriaCounted(let met, let total, let level):
            return "\(met.count) of \(total) criteria met (\(met.isEmpty ? "none" : met.joined(separator: ", "))): level \(level)"
        case .sampleSizeUnstated(let sample):
            return "number of specialists not stated: the sample-size rule needs at least \(sample.withOneSpecialist) entries with one specialist, \(sample.withSeveralSpecialists) with more (\(sample.note))"
        case .sampleLargeEnough(let entries, let specialists, let required):
            return "\(entries) entries with \(Self.specialists(specialists)): at least \(required), the sample is large enough"
        case .sampleTooSmall(let entries, let specialists, let required, let sample):
            return "\(entries) entries with \(Self.specialists(specialists)), fewer than \(required): level \(sample.level) (\(sample.note))"
        case .countUnknown(let rule):
            return "the number counted is not known from a share: the level holds only with at least \(rule.atLeast) (\(rule.note))"
        case .countSufficient(let counted, let atLeast): return "\(f(counted)) counted: at least \(atLeast)"
        case .countTooSmall(let counted, let rule):
            return "\(f(counted)) counted, fewer than \(rule.atLeast): level \(rule.level) (\(rule.note))"
        case .smallCaseloadRouteNotApplicable(let seekers, let route):
            return "\(seekers) clients seek work, not fewer than \(route.jobSeekersBelow): the small-caseload route does not apply"
        case .smallCaseloadRouteShort(let seekers, let needed, let value):
            return "\(seekers) clients seek work: the small-caseload route needs \(f(needed)), \(f(value)) is less"
        case .smallCaseloadRoute(let seekers, let value, let route):
            return "\(seekers) clients seek work (fewer than \(route.jobSeekersBelow)) and \(f(value)) ≥ \(f(route.perJobSeeker)) × \(seekers): level \(route.level) by the small-caseload route (\(route.note))"
        case .alternative(let alternative, let level, let chosen):
            var rule: [String] = []
            if let aggregation = alternative.aggregation { rule.append(aggregation.rawValue) }
            if let rounding = alternative.rounding { rule.append(Arithmetic.describe(rounding)) }
            let result = level.map { "level \($0)" } ?? "no level"
            return "the source's other rule (\(rule.joined(separator: ", "))) gives \(result): \(level == chosen ? "the same" : "differs")"
        case .conditionUnstated(let rule, let level, let other):
            let holds = rule.isFloor ? "not met (if met, at least \(other))" : "met (otherwise at most \(other))"
            return "condition '\(rule.condition)' not stated: level \(level) holds only if it is \(holds)"
        case .condition(let rule, let met, let applies):
            let bound = rule.isFloor ? "at least level \(rule.minLevel ?? 0)" : "at most level \(rule.maxLevel ?? 0)"
            return "condition '\(rule.condition)' \(met ? "met" : "not met")" + (applies ? ": \(bound) (\(rule.note))" : "")
        }
    }

    private static func describe(_ ranges: [Measure.LevelRange]) -> String {
        ranges.map { "level \($0.level) \($0.interval)" }.joined(separator: " and ")
    }

    private static func specialists(_ count: Int) -> String { "\(count) specialist\(count == 1 ? "" : "s")" }
}
