/// Why facts cannot give an item a level.
public enum FactsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The edition has no item with this id.
    case unknownItem(String)
    /// The observation does not fit the item (values for a rated item, criteria for a measured one).
    case wrongObservation(item: String, kind: String, expected: String)
    /// No values, levels or labels were given.
    case empty(item: String)
    /// The item has no criterion with this id; `known` lists its criteria.
    case unknownCriterion(item: String, criterion: String, known: [String])
    /// A criterion is listed twice among those met.
    case repeatedCriterion(item: String, criterion: String)
    /// The item has no condition with this id; `known` lists its conditions.
    case unknownCondition(item: String, condition: String, known: [String])
    /// A level outside the edition's levels.
    case levelOutOfRange(item: String, level: Int, range: ClosedRange<Int>)
    /// A count/of that gives no value (a total of zero, a negative count, a share over 100 %).
    case invalidQuotient(item: String, reason: String)
    /// `single` aggregation takes exactly one value.
    case notSingle(item: String, count: Int)
    /// The evaluator's level breaks a cap or floor whose condition the facts state.
    case breaksRule(item: String, level: Int, rule: LevelCap)
    /// A value outside the quantity's domain (a share over 100 %, a negative caseload).
    case outsideDomain(item: String, value: Double, domain: Interval)
    /// A fact the item has no rule for (`specialists` on an item without a sample-size rule).
    case inapplicableFact(item: String, fact: String, reason: String)
    /// A count that cannot be (a negative count, zero specialists).
    case invalidCount(item: String, fact: String, value: Int, reason: String)

    /// The error in English, as `scalec score` prints it.
    public var description: String {
        switch self {
        case .unknownItem(let item):
            "no item '\(item)'"
        case .wrongObservation(let item, let kind, let expected):
            "'\(item)' is a \(kind) item; give \(expected)"
        case .empty(let item):
            "no values given for '\(item)'"
        case .unknownCriterion(let item, let criterion, let known):
            "'\(item)' has no criterion '\(criterion)'; its criteria are: \(known.joined(separator: ", "))"
        case .repeatedCriterion(let item, let criterion):
            "criterion '\(criterion)' of '\(item)' is listed twice"
        case .unknownCondition(let item, let condition, let known):
            known.isEmpty
                ? "'\(item)' has no conditions, so '\(condition)' does not apply"
                : "'\(item)' has no condition '\(condition)'; its conditions are: \(known.joined(separator: ", "))"
        case .levelOutOfRange(let item, let level, let range):
            "level \(level) for '\(item)' is outside the levels \(range.lowerBound)–\(range.upperBound)"
        case .invalidQuotient(let item, let reason):
            "'\(item)': \(reason)"
        case .notSingle(let item, let count):
            "'\(item)' takes one value, not \(count)"
        case .breaksRule(let item, let level, let rule):
            "level \(level) for '\(item)' breaks the rule \(rule.summary) (\(rule.note))"
        case .outsideDomain(let item, let value, let domain):
            "\(Interval.format(value)) is not a possible value of '\(item)'; its values lie in \(domain)"
        case .inapplicableFact(let item, let fact, let reason):
            "'\(item)' takes no '\(fact)': \(reason)"
        case .invalidCount(let item, let fact, let value, let reason):
            "'\(fact)' of '\(item)' is \(value); \(reason)"
        }
    }
}
