extension SchemaDecoder {
    mutating func decodeStructure(_ root: YAMLNode) -> StructureSyntax? {
        guard let mapping = self.mapping(root, "structure.yaml") else { return nil }
        let fields = self.fields(mapping, "structure.yaml", StructureShapes.file)
        guard checkSchema(fields["schema"]) else { return nil }
        let edition = fields["edition"].flatMap { id($0, "edition id", allowLeadingDigit: true) }
        var levelMin: Located<Int>?
        var levelMax: Located<Int>?
        if let node = fields["levels"], let levels = self.mapping(node, "levels") {
            let levelFields = self.fields(levels, "levels", StructureShapes.levels)
            levelMin = levelFields["min"].flatMap { integer($0) }
            levelMax = levelFields["max"].flatMap { integer($0) }
        }
        let numbering: StructureSyntax.Numbering =
            fields["numbering"].flatMap { choice($0, "numbering") }?.value ?? .perSection
        let dataSources = fields["data-sources"].map { ids($0, "data-source code", allowCode: true) } ?? []
        let sections = fields["sections"].flatMap { self.sequence($0, "sections") }?.compactMap { decodeSection($0) } ?? []
        let bands = fields["bands"].flatMap { self.sequence($0, "bands") }?.compactMap { decodeBand($0) } ?? []
        guard let edition, let levelMin, let levelMax, let levelsNode = fields["levels"], let bandsNode = fields["bands"]
        else { return nil }
        var missingData: (rule: Located<MissingDataPolicy.Rule>, note: Located<String>)?
        if let node = fields["missing-data"], let policy = self.mapping(node, "missing-data") {
            let policyFields = self.fields(policy, "missing-data", StructureShapes.missingData)
            let rule: Located<MissingDataPolicy.Rule>? = policyFields["policy"].flatMap { choice($0, "missing-data policy") }
            if let rule, let note = policyFields["note"].map({ text($0) }) { missingData = (rule, note) }
        }
        return StructureSyntax(
            edition: edition, levelMin: levelMin, levelMax: levelMax, levelsLocation: levelsNode.location,
            numbering: numbering, dataSources: dataSources, sections: sections, bands: bands,
            bandsLocation: bandsNode.location, missingData: missingData)
    }

    /// A list of ids; data-source codes may be upper case (`MIS`).
    mutating func ids(_ node: YAMLNode, _ what: String, allowCode: Bool = false) -> [Located<String>] {
        guard let list = self.sequence(node, "\(what)s") else { return [] }
        return list.compactMap { element in
            if allowCode, case .scalar(let scalar) = element, !scalar.value.isEmpty,
                scalar.value.allSatisfy({ $0.isASCIIAlphanumeric || $0 == "-" }), scalar.value.first?.isASCIILetter == true
            {
                return Located(scalar.value, at: scalar.location)
            }
            return id(element, what)
        }
    }

    private mutating func decodeSection(_ node: YAMLNode) -> StructureSyntax.SectionSyntax? {
        guard let mapping = self.mapping(node, "a section") else { return nil }
        let fields = self.fields(mapping, "section", StructureShapes.section)
        let sectionID = fields["id"].flatMap { id($0, "section id") }
        let items = fields["items"].flatMap { self.sequence($0, "items") }?.compactMap { decodeItem($0) } ?? []
        guard let sectionID else { return nil }
        return .init(id: sectionID, items: items)
    }

    private mutating func decodeItem(_ node: YAMLNode) -> StructureSyntax.ItemSyntax? {
        guard let mapping = self.mapping(node, "an item") else { return nil }
        let fields = self.fields(mapping, "item", StructureShapes.item)
        let itemID = fields["id"].flatMap { id($0, "item id") }
        let what = itemID.map { "item '\($0.value)'" } ?? "item"
        let kind: Located<StructureSyntax.Kind>? = fields["kind"].flatMap { choice($0, "item kind") }
        let dataSources = fields["data-sources"].map { ids($0, "data-source code", allowCode: true) } ?? []
        var measure: StructureSyntax.MeasureSyntax?
        var criteria: StructureSyntax.CriteriaSyntax?
        switch kind?.value {
        case .measured:
            if let node = fields["measure"] { measure = decodeMeasure(node) } else {
                error(.missingKey, "measured \(what) is missing the key 'measure'", at: mapping.location)
            }
            rejectKeys(StructureShapes.forbiddenKeys(for: .measured), in: fields, for: "measured")
        case .criteria:
            criteria = decodeCriteria(fields, what: what, at: mapping.location)
            rejectKeys(StructureShapes.forbiddenKeys(for: .criteria), in: fields, for: "criteria")
        case .rated:
            rejectKeys(StructureShapes.forbiddenKeys(for: .rated), in: fields, for: "rated")
        case nil:
            break
        }
        let caps = fields["caps"].flatMap { self.sequence($0, "caps") }?.compactMap { decodeCap($0) } ?? []
        let combination = fields["combine"].flatMap { decodeCombination($0) }
        // A measured item may also take per-specialist levels (`levels:` facts): `combine` says how
        // they combine, the measure how values do (Org 1: «Bestem skåren for hver jobbspesialist»).
        guard let itemID else { return nil }
        // An item whose kind is wrong still exists, so its texts are not reported as unknown.
        let knownKind = kind ?? Located(.rated, at: mapping.location)
        return .init(
            id: itemID, kind: knownKind, dataSources: dataSources, measure: measure, criteria: criteria, caps: caps,
            combination: combination)
    }

    private mutating func rejectKeys(_ keys: [String], in fields: [String: YAMLNode], for kind: String) {
        for key in keys {
            if let node = fields[key] {
                error(.unknownKey, "'\(key)' does not apply to a \(kind) item", at: node.location)
            }
        }
    }

    private mutating func decodeCriteria(
        _ fields: [String: YAMLNode], what: String, at location: SourceLocation
    ) -> StructureSyntax.CriteriaSyntax? {
        guard let criteriaNode = fields["criteria"] else {
            error(.missingKey, "criteria \(what) is missing the key 'criteria'", at: location)
            return nil
        }
        guard let mapNode = fields["levels-by-count"] else {
            error(.missingKey, "criteria \(what) is missing the key 'levels-by-count'", at: location)
            return nil
        }
        let criteria = ids(criteriaNode, "criterion id")
        var pairs: [(count: Located<Int>, level: Located<Int>)] = []
        if let map = self.mapping(mapNode, "levels-by-count") {
            for entry in map.entries {
                if let count = integer(.scalar(entry.key)), let level = integer(entry.value) {
                    pairs.append((count, level))
                }
            }
        }
        return .init(criteria: criteria, levelsByCount: pairs, mapLocation: mapNode.location)
    }

    private mutating func decodeMeasure(_ node: YAMLNode) -> StructureSyntax.MeasureSyntax? {
        guard let mapping = self.mapping(node, "measure") else { return nil }
        let fields = self.fields(mapping, "measure", StructureShapes.measure)
        let unit = fields["unit"].flatMap { id($0, "unit id") }
        let values: Located<Measure.Values>? = fields["values"].flatMap { choice($0, "value type") }
        let aggregation: Located<Measure.Aggregation>? = fields["aggregation"].flatMap { choice($0, "aggregation") }
        let rounding: Located<Measure.Rounding>? = fields["rounding"].flatMap { choice($0, "rounding") }
        let quotient: Located<Measure.Quotient>? = fields["quotient"].flatMap { choice($0, "quotient") }
        var maxPerLabel: Located<Int>?
        if let node = fields["labels"], let labels = self.mapping(node, "labels") {
            maxPerLabel = self.fields(labels, "labels", StructureShapes.labels)["max-per-label"].flatMap { integer($0) }
            if let value = maxPerLabel, value.value < 1 {
                error(.invalidValue, "'max-per-label' must be at least 1", at: value.location)
            }
        }
        let alternative = fields["alternative"].flatMap { decodeAlternative($0) }
        let domain = fields["domain"].flatMap { decodeInterval($0, allowNote: false) }?.interval
        var levels: [(level: Located<Int>, interval: StructureSyntax.IntervalSyntax)] = []
        if let levelsNode = fields["levels"], let levelMap = self.mapping(levelsNode, "levels") {
            for entry in levelMap.entries {
                if let level = integer(.scalar(entry.key)), let interval = decodeInterval(entry.value, allowNote: false) {
                    levels.append((level, interval.interval))
                }
            }
        }
        let gaps = fields["gaps"].flatMap { self.sequence($0, "gaps") }?.compactMap { decodeInterval($0, allowNote: true) } ?? []
        let overlaps =
            fields["overlaps"].flatMap { self.sequence($0, "overlaps") }?.compactMap { decodeInterval($0, allowNote: true) } ?? []
        let ties: Located<Measure.TieRule>? = fields["ties"].flatMap { choice($0, "tie rule") }
        checkTies(ties, rounding: rounding, at: mapping.location)
        let sample = fields["minimum-sample"].flatMap { decodeMinimumSample($0) }
        if let node = fields["minimum-sample"], maxPerLabel == nil {
            error(.unknownKey, "'minimum-sample' counts list entries; it needs 'labels' (a list item)", at: node.location)
        }
        let route = fields["small-caseload-route"].flatMap { decodeSmallCaseloadRoute($0) }
        let minimumCount = fields["minimum-count"].flatMap { decodeMinimumCount($0) }
        let levelsByRule = fields["levels-by-rule"].flatMap { self.sequence($0, "levels-by-rule") }?.compactMap { integer($0) } ?? []
        if let node = fields["minimum-count"], quotient == nil {
            error(.unknownKey, "'minimum-count' counts a count/of; it needs 'quotient'", at: node.location)
        }
        guard let unit, let values, let levelsNode = fields["levels"] else { return nil }
        return .init(
            unit: unit, values: values, aggregation: aggregation, rounding: rounding, quotient: quotient,
            maxPerLabel: maxPerLabel, alternative: alternative, domain: domain, levels: levels,
            levelsLocation: levelsNode.location, gaps: gaps, overlaps: overlaps, ties: ties, minimumSample: sample,
            smallCaseloadRoute: route, minimumCount: minimumCount, levelsByRule: levelsByRule)
    }

    private mutating func decodeMinimumCount(_ node: YAMLNode) -> StructureSyntax.MinimumCountSyntax? {
        guard let mapping = self.mapping(node, "minimum-count") else { return nil }
        let fields = self.fields(mapping, "minimum-count", StructureShapes.minimumCount)
        let counted: Located<Measure.MinimumCount.Counted>? = fields["counts"].flatMap { choice($0, "counted number") }
        guard let counted, let atLeast = fields["at-least"].flatMap({ integer($0) }),
            let level = fields["level"].flatMap({ integer($0) }), let note = fields["note"].map({ text($0) })
        else { return nil }
        if atLeast.value < 1 { error(.invalidValue, "'at-least' must be at least 1", at: atLeast.location) }
        return .init(counted: counted, atLeast: atLeast, level: level, note: note)
    }

    /// `ties` goes with `nearest-anchor` and only with it.
    private mutating func checkTies(_ ties: Located<Measure.TieRule>?, rounding: Located<Measure.Rounding>?, at location: SourceLocation) {
        if rounding?.value == .nearestAnchor, ties == nil {
            error(
                .missingKey,
                "'nearest-anchor' rounding needs 'ties' (lower, higher or none): which level a value exactly between two anchors gets",
                at: rounding?.location ?? location)
        }
        if let ties, rounding?.value != .nearestAnchor {
            error(.unknownKey, "'ties' applies only to 'rounding: nearest-anchor'", at: ties.location)
        }
    }

    private mutating func decodeMinimumSample(_ node: YAMLNode) -> StructureSyntax.MinimumSampleSyntax? {
        guard let mapping = self.mapping(node, "minimum-sample") else { return nil }
        let fields = self.fields(mapping, "minimum-sample", StructureShapes.minimumSample)
        guard let one = fields["one-specialist"].flatMap({ integer($0) }),
            let several = fields["several-specialists"].flatMap({ integer($0) }),
            let level = fields["level"].flatMap({ integer($0) }), let note = fields["note"].map({ text($0) })
        else { return nil }
        for count in [one, several] where count.value < 1 {
            error(.invalidValue, "a minimum sample is at least 1 entry", at: count.location)
        }
        return .init(withOneSpecialist: one, withSeveralSpecialists: several, level: level, note: note)
    }

    private mutating func decodeSmallCaseloadRoute(_ node: YAMLNode) -> StructureSyntax.SmallCaseloadRouteSyntax? {
        guard let mapping = self.mapping(node, "small-caseload-route") else { return nil }
        let fields = self.fields(mapping, "small-caseload-route", StructureShapes.smallCaseloadRoute)
        guard let level = fields["level"].flatMap({ integer($0) }),
            let below = fields["job-seekers-below"].flatMap({ integer($0) }),
            let per = fields["per-job-seeker"].flatMap({ decimal($0) }), let note = fields["note"].map({ text($0) })
        else { return nil }
        if below.value < 2 { error(.invalidValue, "'job-seekers-below' must be at least 2", at: below.location) }
        if per.value <= 0 { error(.invalidValue, "'per-job-seeker' must be above 0", at: per.location) }
        return .init(level: level, jobSeekersBelow: below, perJobSeeker: per, note: note)
    }

    private mutating func decodeAlternative(_ node: YAMLNode) -> StructureSyntax.AlternativeSyntax? {
        guard let mapping = self.mapping(node, "alternative") else { return nil }
        let fields = self.fields(mapping, "alternative", StructureShapes.alternative)
        let aggregation: Located<Measure.Aggregation>? = fields["aggregation"].flatMap { choice($0, "aggregation") }
        let rounding: Located<Measure.Rounding>? = fields["rounding"].flatMap { choice($0, "rounding") }
        if fields["aggregation"] == nil, fields["rounding"] == nil {
            error(.missingKey, "an alternative names an 'aggregation', a 'rounding' or both", at: mapping.location)
        }
        return .init(aggregation: aggregation, rounding: rounding, note: fields["note"].map { text($0) }, location: mapping.location)
    }

    private mutating func decodeCap(_ node: YAMLNode) -> StructureSyntax.CapSyntax? {
        guard let mapping = self.mapping(node, "a cap") else { return nil }
        let fields = self.fields(mapping, "cap", StructureShapes.cap)
        guard let condition = fields["condition"].flatMap({ id($0, "condition id") }) else { return nil }
        switch (fields["max-level"], fields["min-level"]) {
        case (nil, nil):
            error(
                .missingKey,
                "a cap needs 'max-level' (at most this level unless the condition is met) or 'min-level' (at least this level when it is met)",
                at: mapping.location)
            return nil
        case (let max?, let min?):
            error(.invalidValue, "give a cap 'max-level' or 'min-level', not both; write two entries", at: min.location,
                  notes: [.init("'max-level' is here", at: max.location)])
            return nil
        default:
            break
        }
        let maxLevel = fields["max-level"].flatMap { integer($0) }
        let minLevel = fields["min-level"].flatMap { integer($0) }
        guard maxLevel != nil || minLevel != nil else { return nil }
        return .init(condition: condition, maxLevel: maxLevel, minLevel: minLevel, note: fields["note"].map { text($0) })
    }

    private mutating func decodeCombination(_ node: YAMLNode) -> StructureSyntax.CombinationSyntax? {
        guard let mapping = self.mapping(node, "combine") else { return nil }
        let fields = self.fields(mapping, "combine", StructureShapes.combination)
        let aggregation: Located<Measure.Aggregation>? = fields["aggregation"].flatMap { choice($0, "aggregation") }
        let rounding: Located<Measure.Rounding>? = fields["rounding"].flatMap { choice($0, "rounding") }
        let alternative = fields["alternative"].flatMap { decodeAlternative($0) }
        let ties: Located<Measure.TieRule>? = fields["ties"].flatMap { choice($0, "tie rule") }
        checkTies(ties, rounding: rounding, at: mapping.location)
        guard let aggregation, let rounding else { return nil }
        return .init(aggregation: aggregation, rounding: rounding, alternative: alternative, ties: ties, location: mapping.location)
    }

    private mutating func decodeInterval(_ node: YAMLNode, allowNote: Bool) -> StructureSyntax.DeclaredInterval? {
        guard let mapping = self.mapping(node, "an interval") else { return nil }
        let fields = self.fields(mapping, "interval", allowNote ? StructureShapes.declaredInterval : StructureShapes.interval)
        func bound(_ key: String, inclusive: Bool) -> StructureSyntax.Bound? {
            guard let node = fields[key], let value = decimal(node) else { return nil }
            return .init(value: value.value, inclusive: inclusive, location: value.location)
        }
        if fields["at-least"] != nil, fields["above"] != nil {
            error(.invalidValue, "an interval has one lower bound: 'at-least' or 'above', not both", at: mapping.location)
        }
        if fields["at-most"] != nil, fields["below"] != nil {
            error(.invalidValue, "an interval has one upper bound: 'at-most' or 'below', not both", at: mapping.location)
        }
        let lower = bound("at-least", inclusive: true) ?? bound("above", inclusive: false)
        let upper = bound("at-most", inclusive: true) ?? bound("below", inclusive: false)
        if fields["at-least"] == nil, fields["above"] == nil, fields["at-most"] == nil, fields["below"] == nil {
            error(.missingKey, "an interval needs a bound: 'at-least', 'above', 'at-most' or 'below'", at: mapping.location)
            return nil
        }
        let note = fields["note"].map { text($0) }
        return .init(interval: .init(lower: lower, upper: upper, location: mapping.location), note: note)
    }

    private mutating func decodeBand(_ node: YAMLNode) -> StructureSyntax.BandSyntax? {
        guard let mapping = self.mapping(node, "a band") else { return nil }
        let fields = self.fields(mapping, "band", StructureShapes.band)
        let bandID = fields["id"].flatMap { id($0, "band id") }
        let min = fields["min"].flatMap { integer($0) }
        let max = fields["max"].flatMap { integer($0) }
        guard let bandID else { return nil }
        return .init(id: bandID, min: min, max: max)
    }
}
