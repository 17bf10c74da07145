/// Checks an edition's structure and builds its sections, items and bands.
struct StructureValidator {
    let syntax: StructureSyntax
    let editionID: String
    /// False when some section or item could not be decoded: the item count, and so the total
    /// range the bands must cover, is then unknown.
    let decodedCleanly: Bool
    var diagnostics: [Diagnostic] = []
    /// False when `levels` is not a valid range; level-dependent checks are then skipped.
    private var levelsValid = true

    init(syntax: StructureSyntax, editionID: String, decodedCleanly: Bool = true) {
        self.syntax = syntax
        self.editionID = editionID
        self.decodedCleanly = decodedCleanly
    }

    mutating func run() -> EditionShape {
        let levels = levelRange()
        var dataSourceRegistry = IDRegistry(kind: "data-source code")
        for code in syntax.dataSources { if let problem = dataSourceRegistry.register(code) { diagnostics.append(problem) } }

        var sectionRegistry = IDRegistry(kind: "section id")
        var itemRegistry = IDRegistry(kind: "item id")
        var sections: [SectionDefinition] = []
        var runningNumber = 0
        for section in syntax.sections {
            if let problem = sectionRegistry.register(section.id) { diagnostics.append(problem) }
            if section.items.isEmpty {
                diagnostics.append(.error(.missingKey, "section '\(section.id.value)' has no items", at: section.id.location))
            }
            var items: [ItemDefinition] = []
            for (index, item) in section.items.enumerated() {
                runningNumber += 1
                if let problem = itemRegistry.register(item.id) {
                    diagnostics.append(problem)
                    continue
                }
                let number = syntax.numbering == .continuous ? runningNumber : index + 1
                items.append(buildItem(item, number: number, section: section.id.value, levels: levels, codes: dataSourceRegistry.order))
            }
            sections.append(SectionDefinition(id: section.id.value, items: items))
        }
        // Every item as written counts, so a duplicate id is one error, not also a band shift.
        let itemCount = syntax.sections.reduce(0) { $0 + $1.items.count }
        if itemCount > Limits.itemsPerEdition {
            diagnostics.append(
                .error(
                    .limitExceeded, "\(itemCount) items; an edition has at most \(Limits.itemsPerEdition)",
                    at: syntax.sections.first?.id.location ?? syntax.edition.location))
        }
        // Totals are checked products: levels may be written up to 15 digits long.
        let lowest = itemCount.multipliedReportingOverflow(by: levels.lowerBound)
        let highest = itemCount.multipliedReportingOverflow(by: levels.upperBound)
        let totalsFit = !lowest.overflow && !highest.overflow && itemCount <= Limits.itemsPerEdition
        var bandValidator = BandValidator(
            bands: syntax.bands, bandsLocation: syntax.bandsLocation,
            totalRange: totalsFit ? lowest.partialValue...highest.partialValue : 0...0,
            explanation: "\(itemCount) items × levels \(levels.lowerBound)–\(levels.upperBound)")
        let bands = bandValidator.run()
        // Band coverage depends on the item count and the levels; when either is in doubt its
        // findings (and fix-its) would be wrong.
        if decodedCleanly, levelsValid, totalsFit { diagnostics += bandValidator.diagnostics }
        return EditionShape(
            levels: levels, levelsLocation: syntax.levelsLocation, sections: sections, bands: bands,
            bandIDs: bandValidator.declaredIDs, dataSources: dataSourceRegistry.order,
            missingData: syntax.missingData.map { MissingDataPolicy(rule: $0.rule.value, note: $0.note.value) })
    }

    private mutating func levelRange() -> ClosedRange<Int> {
        for bound in [syntax.levelMin, syntax.levelMax] where abs(bound.value) > Limits.levelMagnitude {
            levelsValid = false
            diagnostics.append(
                .error(
                    .limitExceeded, "level \(bound.value) is beyond ±\(Limits.levelMagnitude), the largest a scale may use",
                    at: bound.location))
            return 1...2
        }
        if syntax.levelMax.value - syntax.levelMin.value + 1 > Limits.levelCount {
            diagnostics.append(
                .error(
                    .limitExceeded, "\(syntax.levelMax.value - syntax.levelMin.value + 1) levels; a scale has at most \(Limits.levelCount)",
                    at: syntax.levelMax.location))
            return syntax.levelMin.value...syntax.levelMin.value + 1
        }
        guard syntax.levelMin.value < syntax.levelMax.value else {
            levelsValid = false
            diagnostics.append(
                .error(
                    .invalidLevelRange,
                    "levels min \(syntax.levelMin.value) must be below max \(syntax.levelMax.value)",
                    at: syntax.levelMin.location))
            return syntax.levelMin.value...syntax.levelMin.value
        }
        return syntax.levelMin.value...syntax.levelMax.value
    }

    /// The note every level-range finding carries.
    var levelsNote: Diagnostic.Note {
        .init("levels \(syntax.levelMin.value)–\(syntax.levelMax.value) declared here", at: syntax.levelsLocation)
    }

    private mutating func buildItem(
        _ item: StructureSyntax.ItemSyntax, number: Int, section: String, levels: ClosedRange<Int>, codes: [String]
    ) -> ItemDefinition {
        var seenCodes = IDRegistry(kind: "data source", context: " in item '\(item.id.value)'")
        for code in item.dataSources {
            if let problem = seenCodes.register(code) { diagnostics.append(problem) }
            if !codes.contains(code.value) {
                diagnostics.append(
                    .error(
                        .unknownReference,
                        "unknown data source '\(code.value)'" + Suggestions.didYouMean(code.value, in: codes)
                            + (codes.isEmpty ? "; declare codes under 'data-sources' at the top of structure.yaml" : ""),
                        at: code.location))
            }
        }
        let kind: ItemKind
        switch item.kind.value {
        case .rated:
            kind = .rated
        case .measured:
            if let measure = item.measure, levelsValid {
                if let combine = item.combination, Self.combinableAggregations.contains(combine.aggregation.value),
                    let aggregation = measure.aggregation
                {
                    // With `combine`, each specialist's value is scored on its own and the levels
                    // combine; a second aggregation of the values would say something else.
                    diagnostics.append(
                        .error(
                            .invalidValue,
                            "item '\(item.id.value)' combines its specialists' levels ('combine'), so its values are not aggregated; remove 'aggregation'",
                            at: aggregation.location))
                }
                var validator = MeasureValidator(
                    itemID: item.id.value, syntax: measure, levels: levels, levelsNote: levelsNote)
                kind = .measured(validator.run())
                diagnostics += validator.diagnostics
            } else {
                kind = .rated
            }
        case .criteria:
            if let criteria = item.criteria {
                kind = .criteria(criteriaRule(item.id.value, criteria, levels: levels))
            } else {
                kind = .rated
            }
        }
        return ItemDefinition(
            id: item.id.value, number: number, sectionID: section, kind: kind, dataSources: item.dataSources.map(\.value),
            caps: caps(item, levels: levels), combination: combination(item))
    }

    private mutating func caps(_ item: StructureSyntax.ItemSyntax, levels: ClosedRange<Int>) -> [LevelCap] {
        var registry = IDRegistry(kind: "condition", context: " in item '\(item.id.value)'")
        var result: [LevelCap] = []
        for cap in item.caps {
            if let problem = registry.register(cap.condition) {
                diagnostics.append(problem)
                continue
            }
            // A cap at the highest level limits nothing; a floor at the lowest raises nothing.
            let isFloor = cap.maxLevel == nil
            guard let bound = cap.maxLevel ?? cap.minLevel else { continue }
            let useful = isFloor ? levels.lowerBound + 1...levels.upperBound : levels.lowerBound...levels.upperBound - 1
            guard useful.contains(bound.value) else {
                let (key, what, edge, verb) =
                    isFloor ? ("min-level", "floor", "lowest", "raise") : ("max-level", "cap", "highest", "limit")
                let why =
                    levels.contains(bound.value)
                    ? "\(bound.value) is the \(edge) level, so the \(what) would \(verb) nothing"
                    : "\(bound.value) is outside the levels \(levels.lowerBound)–\(levels.upperBound)"
                diagnostics.append(
                    .error(
                        .levelOutOfRange, "a \(what)'s '\(key)' must be a level \(isFloor ? "above the lowest" : "below the highest"): \(why)",
                        at: bound.location, notes: [levelsNote]))
                continue
            }
            let note = cap.note?.value ?? ""
            result.append(
                isFloor
                    ? LevelCap(condition: cap.condition.value, minLevel: bound.value, note: note)
                    : LevelCap(condition: cap.condition.value, maxLevel: bound.value, note: note))
        }
        return result
    }

    /// How the levels of several specialists may combine (also the `combine` shape's word set).
    static let combinableAggregations: [Measure.Aggregation] = [.mean, .median]

    private mutating func combination(_ item: StructureSyntax.ItemSyntax) -> Combination? {
        guard let syntax = item.combination else { return nil }
        guard Self.combinableAggregations.contains(syntax.aggregation.value) else {
            diagnostics.append(
                .error(
                    .invalidValue,
                    "levels of several specialists combine by 'mean' or 'median', not '\(syntax.aggregation.value.rawValue)'",
                    at: syntax.aggregation.location))
            return nil
        }
        return Combination(
            aggregation: syntax.aggregation.value, rounding: syntax.rounding.value,
            alternative: syntax.alternative.map(MeasureValidator.alternative), ties: syntax.ties?.value)
    }

    private mutating func criteriaRule(
        _ itemID: String, _ syntax: StructureSyntax.CriteriaSyntax, levels: ClosedRange<Int>
    ) -> CriteriaRule {
        var registry = IDRegistry(kind: "criterion", context: " in item '\(itemID)'")
        var duplicates = false
        for criterion in syntax.criteria {
            if let problem = registry.register(criterion) {
                diagnostics.append(problem)
                duplicates = true
            }
        }
        let count = registry.order.count
        // With a repeated criterion the count the map should cover is unclear; that error suffices.
        if duplicates { return CriteriaRule(criteria: registry.order, levelsByCount: Array(repeating: levels.lowerBound, count: count + 1)) }
        if count > Limits.criteriaPerItem {
            diagnostics.append(
                .error(
                    .limitExceeded, "item '\(itemID)' has \(count) criteria; an item has at most \(Limits.criteriaPerItem)",
                    at: syntax.mapLocation))
            return CriteriaRule(criteria: registry.order, levelsByCount: Array(repeating: levels.lowerBound, count: count + 1))
        }
        if count == 0 { diagnostics.append(.error(.missingKey, "criteria item '\(itemID)' lists no criteria", at: syntax.mapLocation)) }
        var byCount = [Int?](repeating: nil, count: count + 1)
        for (countKey, level) in syntax.levelsByCount {
            guard (0...count).contains(countKey.value) else {
                diagnostics.append(
                    .error(
                        .levelOutOfRange,
                        "'levels-by-count' of item '\(itemID)' maps \(countKey.value) criteria met, but the item has \(count) criteria",
                        at: countKey.location))
                continue
            }
            if !levels.contains(level.value) {
                diagnostics.append(
                    .error(
                        .levelOutOfRange, "level \(level.value) is outside the levels \(levels.lowerBound)–\(levels.upperBound)",
                        at: level.location, notes: [levelsNote]))
            }
            byCount[countKey.value] = level.value
        }
        let missing = byCount.indices.filter { byCount[$0] == nil }
        if !missing.isEmpty {
            diagnostics.append(
                .error(
                    .criteriaMapNotTotal,
                    "'levels-by-count' of item '\(itemID)' must give a level for every count 0…\(count); missing: \(missing.map(String.init).joined(separator: ", "))",
                    at: syntax.mapLocation))
        }
        let mapped = byCount.map { $0 ?? levels.lowerBound }
        if let drop = mapped.indices.dropFirst().first(where: { mapped[$0] < mapped[$0 - 1] }),
            let location = syntax.levelsByCount.first(where: { $0.count.value == drop })?.level.location
        {
            diagnostics.append(
                .error(
                    .criteriaMapDecreasing,
                    "meeting \(drop) criteria gives level \(mapped[drop]), lower than level \(mapped[drop - 1]) for \(drop - 1)",
                    at: location))
        }
        return CriteriaRule(criteria: registry.order, levelsByCount: mapped)
    }
}
