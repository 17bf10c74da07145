/// One item's facts in the score-file shape: `{values: […]}`, `{count: 9, of: 11}`,
/// `{met: […]}`, `{level: 4, conditions: {…}}`, with `conditions`, `specialists`, `job-seekers`.
enum ReviewFactsCoding<Edition: ScaleEdition> {
    static func encode(_ facts: EditionFacts<Edition>, into container: inout KeyedEncodingContainer<ReviewKey>) throws {
        switch facts.observation {
        case .level(let level): try container.encode(level, forKey: ReviewKey("level"))
        case .levels(let levels): try container.encode(levels, forKey: ReviewKey("levels"))
        case .values(let values): try container.encode(values, forKey: ReviewKey("values"))
        case .value(let value): try container.encode(value, forKey: ReviewKey("value"))
        case .quotient(let count, let total):
            try container.encode(count, forKey: ReviewKey("count"))
            try container.encode(total, forKey: ReviewKey("of"))
        case .labels(let labels): try container.encode(labels, forKey: ReviewKey("labels"))
        case .criteriaMet(let met): try container.encode(met.map(\.id), forKey: ReviewKey("met"))
        }
        if !facts.conditions.isEmpty {
            var conditions = container.nestedContainer(keyedBy: ReviewKey.self, forKey: ReviewKey("conditions"))
            for (condition, met) in facts.conditions.sorted(by: { $0.key.id < $1.key.id }) {
                try conditions.encode(met, forKey: ReviewKey(condition.id))
            }
        }
        try container.encodeIfPresent(facts.specialists, forKey: ReviewKey("specialists"))
        try container.encodeIfPresent(facts.jobSeekers, forKey: ReviewKey("job-seekers"))
    }

    static func decode(_ container: KeyedDecodingContainer<ReviewKey>, for item: Edition.Item) throws -> Review<Edition>.Entry {
        if let unknown = container.allKeys.first(where: { !ItemFacts.scoreFileKeys.contains($0.stringValue) }) {
            throw DecodingError.dataCorruptedError(
                forKey: unknown, in: container, debugDescription: "unknown key '\(unknown.stringValue)' for item '\(item.rawValue)'")
        }
        let observation = try self.observation(container, for: item)
        var conditions: [Edition.Condition: Bool] = [:]
        if container.contains(ReviewKey("conditions")) {
            let nested = try container.nestedContainer(keyedBy: ReviewKey.self, forKey: ReviewKey("conditions"))
            for key in nested.allKeys {
                guard let condition = Edition.Condition(item: item, id: key.stringValue) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: nested, debugDescription: "item '\(item.rawValue)' has no condition '\(key.stringValue)'")
                }
                conditions[condition] = try nested.decode(Bool.self, forKey: key)
            }
        }
        let specialists = try container.decodeIfPresent(Int.self, forKey: ReviewKey("specialists"))
        let jobSeekers = try container.decodeIfPresent(Int.self, forKey: ReviewKey("job-seekers"))
        if case .level(let level) = observation, conditions.isEmpty, specialists == nil, jobSeekers == nil { return .level(level) }
        return .facts(EditionFacts(observation, conditions: conditions, specialists: specialists, jobSeekers: jobSeekers))
    }

    private static func observation(_ c: KeyedDecodingContainer<ReviewKey>, for item: Edition.Item) throws
        -> EditionFacts<Edition>.Observation
    {
        let forms = ItemFacts.observationKeys.filter { c.contains(ReviewKey($0)) }
        guard forms.count == 1, let form = forms.first else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: c.codingPath,
                    debugDescription: "item '\(item.rawValue)' needs exactly one of level, levels, values, value, count/of, labels, met"))
        }
        let key = ReviewKey(form)
        switch form {
        case "level": return .level(try c.decode(Int.self, forKey: key))
        case "levels": return .levels(try c.decode([Int].self, forKey: key))
        case "values": return .values(try c.decode([Double].self, forKey: key))
        case "value": return .value(try c.decode(Double.self, forKey: key))
        case "count": return .quotient(count: try c.decode(Double.self, forKey: key), of: try c.decode(Double.self, forKey: ReviewKey("of")))
        case "labels": return .labels(try c.decode([String].self, forKey: key))
        default:
            let ids = try c.decode([String].self, forKey: key)
            return .criteriaMet(
                try ids.map { id in
                    guard let criterion = Edition.Criterion(item: item, id: id) else {
                        throw DecodingError.dataCorruptedError(
                            forKey: key, in: c, debugDescription: "item '\(item.rawValue)' has no criterion '\(id)'")
                    }
                    return criterion
                })
        }
    }
}
