/// What an evaluator observed for one item, from which its level is computed.
public struct ItemFacts: Sendable, Hashable {
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
        /// The ids of the criteria met.
        case criteriaMet([String])
    }

    /// What was observed.
    public var observation: Observation
    /// Conditions of the item's caps, true when met.
    public var conditions: [String: Bool]
    /// How many specialists the service has, for the sample-size rule of list items.
    public var specialists: Int?
    /// How many clients seek work, for the small-caseload route of job development.
    public var jobSeekers: Int?

    /// Facts of one item: the observation, the conditions stated (true when met), and the counts
    /// the sample-size rule and the small-caseload route use.
    public init(_ observation: Observation, conditions: [String: Bool] = [:], specialists: Int? = nil, jobSeekers: Int? = nil) {
        self.observation = observation
        self.conditions = conditions
        self.specialists = specialists
        self.jobSeekers = jobSeekers
    }
}

extension ItemFacts {
    /// The keys of one observation in a score file (`count` goes with `of`): exactly one per item.
    public static let observationKeys = ["level", "levels", "values", "value", "count", "labels", "met"]
    /// Every key a score file may give for one item instead of a plain level.
    public static let scoreFileKeys = [
        "level", "levels", "values", "value", "count", "of", "labels", "met", "conditions", "specialists", "job-seekers",
    ]
}
