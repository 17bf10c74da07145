extension SchemaDecoder {
    /// One item's entry in a score file: a level (`4`) or a mapping of facts.
    mutating func decodeFacts(_ node: YAMLNode, item definition: ItemDefinition) -> ItemFacts? {
        let item = definition.id
        if case .scalar = node { return integer(node).map { ItemFacts(.level($0.value)) } }
        guard let mapping = self.mapping(node, "the facts of '\(item)'") else { return nil }
        let fields = self.fields(mapping, "facts of '\(item)'", required: [], optional: ItemFacts.scoreFileKeys)
        let forms = ItemFacts.observationKeys.filter { fields[$0] != nil }
        guard forms.count == 1, let form = forms.first else {
            let message =
                forms.isEmpty
                ? "give '\(item)' one of: level, levels, values, value, count with of, labels, met"
                : "give '\(item)' one kind of fact, not \(forms.map { "'\($0)'" }.joined(separator: " and "))"
            error(.invalidValue, message, at: mapping.location)
            return nil
        }
        if form != "count", let node = fields["of"] {
            error(.unknownKey, "'of' goes with 'count'", at: node.location)
            return nil
        }
        var conditions: [String: Bool] = [:]
        if let node = fields["conditions"], let map = self.mapping(node, "conditions") {
            let known = definition.caps.map(\.condition)
            for entry in map.entries {
                guard known.contains(entry.key.value) else {
                    unknownName(entry.key, "condition", of: item, known: known)
                    return nil
                }
                guard let met = boolean(entry.value) else { return nil }
                conditions[entry.key.value] = met
            }
        }
        var counts: [String: Int] = [:]
        for key in ["specialists", "job-seekers"] {
            guard let node = fields[key] else { continue }
            guard let value = integer(node) else { return nil }
            counts[key] = value.value
        }
        guard let observation = observation(form, fields, mapping.location, definition) else { return nil }
        return ItemFacts(observation, conditions: conditions, specialists: counts["specialists"], jobSeekers: counts["job-seekers"])
    }

    private mutating func observation(
        _ form: String, _ fields: [String: YAMLNode], _ location: SourceLocation, _ definition: ItemDefinition
    ) -> ItemFacts.Observation? {
        switch form {
        case "level":
            return fields["level"].flatMap { integer($0) }.map { .level($0.value) }
        case "levels":
            guard let list = fields["levels"].flatMap({ self.sequence($0, "levels") }) else { return nil }
            let levels = list.compactMap { integer($0)?.value }
            return levels.count == list.count ? .levels(levels) : nil
        case "values":
            guard let list = fields["values"].flatMap({ self.sequence($0, "values") }) else { return nil }
            let values = list.compactMap { decimal($0)?.value }
            return values.count == list.count ? .values(values) : nil
        case "value":
            return fields["value"].flatMap { decimal($0) }.map { .value($0.value) }
        case "count":
            guard let ofNode = fields["of"] else {
                error(.missingKey, "'count' needs 'of' (the total it is counted from)", at: location)
                return nil
            }
            guard let count = fields["count"].flatMap({ decimal($0) }), let total = decimal(ofNode) else { return nil }
            return .quotient(count: count.value, of: total.value)
        case "labels":
            guard let list = fields["labels"].flatMap({ self.sequence($0, "labels") }) else { return nil }
            return .labels(list.map { text($0).value })
        default:
            guard let list = fields["met"].flatMap({ self.sequence($0, "met") }) else { return nil }
            guard case .criteria(let rule) = definition.kind else { return .criteriaMet([]) }
            var met: [String] = []
            for element in list {
                guard case .scalar(let scalar) = element else {
                    error(.wrongType, "a criterion is an id, not \(element.kindDescription)", at: element.location)
                    return nil
                }
                guard rule.criteria.contains(scalar.value) else {
                    unknownName(scalar, "criterion", of: definition.id, known: rule.criteria)
                    return nil
                }
                met.append(scalar.value)
            }
            return .criteriaMet(met)
        }
    }

    /// A criterion or condition the item does not have, at the name, with "did you mean".
    private mutating func unknownName(_ name: YAMLScalar, _ what: String, of item: String, known: [String]) {
        let suggestion = suggestions.closest(to: name.value, in: known)
        let hint =
            suggestion.map { "; did you mean '\($0)'?" }
            ?? (known.isEmpty ? "; it has none" : "; it has: \(known.joined(separator: ", "))")
        error(
            .unknownReference, "'\(item)' has no \(what) '\(name.value)'\(hint)", at: name.location,
            fixIts: suggestion.map { [.init(at: name.location, length: name.sourceLength, replacement: $0)] } ?? [])
    }

    /// `true` or `false`, plainly written.
    mutating func boolean(_ node: YAMLNode) -> Bool? {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            if scalar.value == "true" { return true }
            if scalar.value == "false" { return false }
        }
        let hint = PlainScalarTraps.reading(of: (node.scalarValue ?? "")) == "a boolean" ? " (write true or false, not YAML 1.1's yes/no/on/off)" : ""
        error(.wrongType, "expected true or false\(hint)", at: node.location)
        return nil
    }
}
