/// What an evaluator observed for one item of a generated edition, with typed criteria and
/// conditions: the typed counterpart of ``ItemFacts``.
public struct EditionFacts<Edition: ScaleEdition>: Sendable, Hashable {
    /// The observation itself.
    public enum Observation: Sendable, Hashable {
        /// The level, decided by the evaluator.
        case level(Int)
        /// One level per specialist, combined by the item's rule.
        case levels([Int])
        /// One value per specialist or client (caseloads, % of time, days to first contact).
        case values([Double])
        /// The already combined value.
        case value(Double)
        /// A count of a total (64 clients of 3 full-time specialists; 9 competitive of 11 jobs).
        case quotient(count: Double, of: Double)
        /// A list of labels (job types, employers), each counted at most the item's maximum.
        case labels([String])
        /// The criteria met.
        case criteriaMet([Edition.Criterion])
    }

    /// What was observed.
    public var observation: Observation
    /// Conditions of the item's caps and floors, true when met.
    public var conditions: [Edition.Condition: Bool]
    /// How many specialists the service has, for the sample-size rule of list items.
    public var specialists: Int?
    /// How many clients seek work, for the small-caseload route of job development.
    public var jobSeekers: Int?

    /// Facts of one item: the observation, the conditions stated (true when met), and the counts
    /// the sample-size rule and the small-caseload route use.
    public init(
        _ observation: Observation, conditions: [Edition.Condition: Bool] = [:], specialists: Int? = nil,
        jobSeekers: Int? = nil
    ) {
        self.observation = observation
        self.conditions = conditions
        self.specialists = specialists
        self.jobSeekers = jobSeekers
    }

    /// The same facts with string ids, as score files carry them.
    public var untyped: ItemFacts {
        let plain: ItemFacts.Observation =
            switch observation {
            case .level(let level): .level(level)
            case .levels(let levels): .levels(levels)
            case .values(let values): .values(values)
            case .value(let value): .value(value)
            case .quotient(let count, let total): .quotient(count: count, of: total)
            case .labels(let labels): .labels(labels)
            case .criteriaMet(let met): .criteriaMet(met.map(\.id))
            }
        var byID: [String: Bool] = [:]
        for (condition, met) in conditions { byID[condition.id] = met }
        return ItemFacts(plain, conditions: byID, specialists: specialists, jobSeekers: jobSeekers)
    }

    /// Criteria and conditions of another item are errors in the facts, as an unknown id is in a
    /// score file.
    func check(for item: Edition.Item) throws(FactsError) {
        let definition = item.definition
        if case .criteriaMet(let met) = observation, let stray = met.first(where: { $0.item != item }) {
            let known: [String] = if case .criteria(let rule)? = definition?.kind { rule.criteria } else { [] }
            throw .unknownCriterion(item: item.rawValue, criterion: stray.description, known: known)
        }
        if let stray = conditions.keys.sorted(by: { $0.description < $1.description }).first(where: { $0.item != item }) {
            throw .unknownCondition(item: item.rawValue, condition: stray.description, known: definition?.caps.map(\.condition) ?? [])
        }
    }
}
