/// Checks a measured item's thresholds: every level once, each interval non-empty, levels in
/// value order, and every gap or overlap between neighbours declared exactly as it is.
struct MeasureValidator {
    let itemID: String
    let syntax: StructureSyntax.MeasureSyntax
    let levels: ClosedRange<Int>
    let levelsNote: Diagnostic.Note
    var diagnostics: [Diagnostic] = []

    init(itemID: String, syntax: StructureSyntax.MeasureSyntax, levels: ClosedRange<Int>, levelsNote: Diagnostic.Note) {
        self.itemID = itemID
        self.syntax = syntax
        self.levels = levels
        self.levelsNote = levelsNote
    }

    private var overIntegers: Bool {
        syntax.values.value == .integer || (syntax.rounding.map { $0.value != .none && $0.value != .nearestAnchor } ?? false)
    }

    /// Under `nearest-anchor` every value between anchors takes the nearest one, so gaps between
    /// levels need no declaration; a declared gap is one the source leaves without any level.
    private var anchorsFillGaps: Bool { syntax.rounding?.value == .nearestAnchor }

    mutating func run() -> Measure {
        var ranges: [(level: Located<Int>, interval: StructureSyntax.IntervalSyntax)] = []
        for (level, interval) in syntax.levels {
            guard levels.contains(level.value) else {
                diagnostics.append(
                    .error(
                        .levelOutOfRange,
                        "level \(level.value) of item '\(itemID)' is outside the levels \(levels.lowerBound)–\(levels.upperBound)",
                        at: level.location, notes: [levelsNote]))
                continue
            }
            if isEmpty(interval.interval) {
                diagnostics.append(
                    .error(
                        .emptyInterval, "level \(level.value) of item '\(itemID)' has no values: \(interval.interval)",
                        at: interval.location))
                continue
            }
            ranges.append((level, interval))
        }
        let byRule = Set(syntax.levelsByRule.map(\.value))
        let errorsBefore = diagnostics.count
        for level in syntax.levelsByRule {
            if !levels.contains(level.value) {
                diagnostics.append(
                    .error(
                        .levelOutOfRange, "level \(level.value) in 'levels-by-rule' of item '\(itemID)' is outside the levels \(levels.lowerBound)–\(levels.upperBound)",
                        at: level.location, notes: [levelsNote]))
            } else if syntax.levels.contains(where: { $0.level.value == level.value }) {
                diagnostics.append(
                    .error(
                        .invalidValue, "level \(level.value) of item '\(itemID)' has a threshold and is listed in 'levels-by-rule'; give it one or the other",
                        at: level.location))
            }
        }
        let missing = levels.filter { level in !byRule.contains(level) && !syntax.levels.contains { $0.level.value == level } }
        // A wrong `levels-by-rule` entry is one mistake; the level it was meant for is not also missing.
        if !missing.isEmpty, diagnostics.count == errorsBefore {
            diagnostics.append(
                .error(
                    .missingLevel,
                    "measured item '\(itemID)' has no threshold for level\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", "))",
                    at: syntax.levelsLocation, notes: [levelsNote]))
        }
        checkNeighbours(ranges)
        return Measure(
            unit: syntax.unit.value, values: syntax.values.value, aggregation: syntax.aggregation?.value,
            rounding: syntax.rounding?.value ?? .none, quotient: syntax.quotient?.value,
            maxPerLabel: syntax.maxPerLabel?.value, alternative: syntax.alternative.map(Self.alternative),
            domain: syntax.domain?.interval,
            levels: ranges.sorted { $0.level.value < $1.level.value }.map { .init(level: $0.level.value, interval: $0.interval.interval) },
            gaps: syntax.gaps.map { .init(interval: $0.interval.interval, note: $0.note?.value ?? "") },
            overlaps: syntax.overlaps.map { .init(interval: $0.interval.interval, note: $0.note?.value ?? "") },
            ties: syntax.ties?.value, minimumSample: minimumSample(), smallCaseloadRoute: smallCaseloadRoute(),
            minimumCount: minimumCount())
    }

    private mutating func checkedLevel(_ level: Located<Int>, _ what: String) -> Bool {
        guard levels.contains(level.value) else {
            diagnostics.append(
                .error(
                    .levelOutOfRange, "the \(what) level \(level.value) of item '\(itemID)' is outside the levels \(levels.lowerBound)–\(levels.upperBound)",
                    at: level.location, notes: [levelsNote]))
            return false
        }
        return true
    }

    private mutating func minimumSample() -> Measure.MinimumSample? {
        guard let sample = syntax.minimumSample, checkedLevel(sample.level, "minimum-sample") else { return nil }
        return .init(
            withOneSpecialist: sample.withOneSpecialist.value, withSeveralSpecialists: sample.withSeveralSpecialists.value,
            level: sample.level.value, note: sample.note.value)
    }

    private mutating func minimumCount() -> Measure.MinimumCount? {
        guard let rule = syntax.minimumCount, checkedLevel(rule.level, "minimum-count") else { return nil }
        return .init(counted: rule.counted.value, atLeast: rule.atLeast.value, level: rule.level.value, note: rule.note.value)
    }

    private mutating func smallCaseloadRoute() -> Measure.SmallCaseloadRoute? {
        guard let route = syntax.smallCaseloadRoute, checkedLevel(route.level, "small-caseload-route") else { return nil }
        return .init(
            level: route.level.value, jobSeekersBelow: route.jobSeekersBelow.value, perJobSeeker: route.perJobSeeker.value,
            note: route.note.value)
    }

    static func alternative(_ syntax: StructureSyntax.AlternativeSyntax) -> Alternative {
        Alternative(aggregation: syntax.aggregation?.value, rounding: syntax.rounding?.value, note: syntax.note?.value ?? "")
    }

    private func isEmpty(_ interval: Interval) -> Bool {
        guard let lower = interval.lower, let upper = interval.upper else { return false }
        if overIntegers, let range = IntegerRange(interval) { return range.low.map { low in range.high.map { low > $0 } ?? false } ?? false }
        return lower.value > upper.value || (lower.value == upper.value && !(lower.inclusive && upper.inclusive))
    }

    private mutating func checkNeighbours(_ ranges: [(level: Located<Int>, interval: StructureSyntax.IntervalSyntax)]) {
        let ordered = ranges.sorted { a, b in
            let aLow = a.interval.lower?.value ?? -.infinity
            let bLow = b.interval.lower?.value ?? -.infinity
            return aLow != bLow ? aLow < bLow : (a.interval.upper?.value ?? .infinity) < (b.interval.upper?.value ?? .infinity)
        }
        guard ordered.count > 1 else { return }
        // Order first: gaps and overlaps between levels in the wrong order mean nothing.
        let byLevel = ordered.sorted { $0.level.value < $1.level.value }
        let ascending = (byLevel.first?.interval.lower?.value ?? -.infinity) <= (byLevel.last?.interval.lower?.value ?? -.infinity)
        for index in byLevel.indices.dropFirst() {
            let (previous, current) = (byLevel[index - 1], byLevel[index])
            let previousLow = previous.interval.lower?.value ?? -.infinity
            let currentLow = current.interval.lower?.value ?? -.infinity
            if ascending ? currentLow < previousLow : currentLow > previousLow {
                let direction = ascending ? "below" : "above"
                diagnostics.append(
                    .error(
                        .thresholdOrder,
                        "thresholds of item '\(itemID)' are out of order: level \(current.level.value) \(current.interval.interval) lies \(direction) level \(previous.level.value) \(previous.interval.interval)",
                        at: current.interval.location,
                        notes: [.init("level \(previous.level.value) is defined here", at: previous.interval.location)]))
                return
            }
        }
        var foundGaps: [Interval] = []
        var foundOverlaps: [Interval] = []
        for index in ordered.indices.dropFirst() {
            let (below, above) = (ordered[index - 1], ordered[index])
            switch neighbourRelation(below.interval.interval, above.interval.interval) {
            case .gap(let gap):
                foundGaps.append(gap)
                if !anchorsFillGaps, !isDeclared(gap, in: syntax.gaps) {
                    diagnostics.append(
                        .error(
                            .undeclaredGap,
                            "levels \(below.level.value) and \(above.level.value) of item '\(itemID)' leave \(gap) without a level; if the source really has this gap, declare it under 'gaps'",
                            at: above.interval.location,
                            notes: [.init("level \(below.level.value) is defined here", at: below.interval.location)]))
                }
            case .overlap(let overlap):
                foundOverlaps.append(overlap)
                if !isDeclared(overlap, in: syntax.overlaps) {
                    diagnostics.append(
                        .error(
                            .undeclaredOverlap,
                            "levels \(below.level.value) and \(above.level.value) of item '\(itemID)' both contain \(overlap); if the source really has this overlap, declare it under 'overlaps'",
                            at: above.interval.location,
                            notes: [.init("level \(below.level.value) is defined here", at: below.interval.location)]))
                }
            case .adjacent:
                break
            }
        }
        if let domain = syntax.domain, let lowest = ordered.first, let highest = ordered.last {
            // Values of the domain below the lowest level or above the highest are gaps too.
            var edges: [(Interval, Interval, StructureSyntax.IntervalSyntax)] = []
            if let bottom = domain.lower {
                edges.append((Interval(lower: nil, upper: .init(bottom.value, inclusive: !bottom.inclusive)), lowest.interval.interval, lowest.interval))
            }
            if let top = domain.upper {
                edges.append((highest.interval.interval, Interval(lower: .init(top.value, inclusive: !top.inclusive), upper: nil), highest.interval))
            }
            for (below, above, nearest) in edges {
                guard case .gap(let gap) = neighbourRelation(below, above) else { continue }
                foundGaps.append(gap)
                if !anchorsFillGaps, !isDeclared(gap, in: syntax.gaps) {
                    diagnostics.append(
                        .error(
                            .undeclaredGap,
                            "no level of item '\(itemID)' covers \(gap), which its domain \(domain.interval) includes; if the source really has this gap, declare it under 'gaps'",
                            at: nearest.location, notes: [.init("domain declared here", at: domain.location)]))
                }
            }
        }
        // Under nearest-anchor a declared gap is a part of the space between anchors that the
        // source leaves without a level: it must lie inside such a space.
        for declared in syntax.gaps
        where !foundGaps.contains(where: { same($0, declared.interval.interval) || (anchorsFillGaps && $0.covers(declared.interval.interval)) }) {
            diagnostics.append(
                .error(
                    .declaredGapNotFound,
                    "declared gap \(declared.interval.interval) of item '\(itemID)' is not a gap between its levels",
                    at: declared.interval.location))
        }
        for declared in syntax.overlaps where !foundOverlaps.contains(where: { same($0, declared.interval.interval) }) {
            diagnostics.append(
                .error(
                    .declaredOverlapNotFound,
                    "declared overlap \(declared.interval.interval) of item '\(itemID)' is not an overlap between its levels",
                    at: declared.interval.location))
        }
    }

    private enum Relation { case adjacent, gap(Interval), overlap(Interval) }

    /// How the interval above follows the one below, over integers or reals.
    private func neighbourRelation(_ below: Interval, _ above: Interval) -> Relation {
        if overIntegers, let low = IntegerRange(below), let high = IntegerRange(above) {
            guard let belowTop = low.high else { return .overlap(above) }
            guard let aboveBottom = high.low else { return .overlap(below) }
            if aboveBottom > belowTop + 1 { return .gap(IntegerRange.closed(belowTop + 1, aboveBottom - 1)) }
            if aboveBottom <= belowTop { return .overlap(IntegerRange.closed(aboveBottom, min(belowTop, high.high ?? belowTop))) }
            return .adjacent
        }
        guard let top = below.upper else { return .overlap(above) }
        guard let bottom = above.lower else { return .overlap(below) }
        if top.value < bottom.value || (top.value == bottom.value && !top.inclusive && !bottom.inclusive) {
            return .gap(Interval(lower: .init(top.value, inclusive: !top.inclusive), upper: .init(bottom.value, inclusive: !bottom.inclusive)))
        }
        if top.value > bottom.value || (top.inclusive && bottom.inclusive) {
            return .overlap(Interval(lower: bottom, upper: top))
        }
        return .adjacent
    }

    private func isDeclared(_ found: Interval, in declared: [StructureSyntax.DeclaredInterval]) -> Bool {
        declared.contains { same(found, $0.interval.interval) }
    }

    /// Equal as sets of values in this item's domain.
    private func same(_ a: Interval, _ b: Interval) -> Bool {
        if overIntegers, let x = IntegerRange(a), let y = IntegerRange(b) { return x == y }
        return a == b
    }
}

/// An interval read over the integers: the lowest and highest whole values it holds.
struct IntegerRange: Equatable {
    var low: Int?
    var high: Int?

    init?(_ interval: Interval) {
        func whole(_ value: Double) -> Int? { value.isFinite && abs(value) < 1e15 ? Int(value) : nil }
        if let lower = interval.lower {
            guard let value = whole(lower.inclusive ? lower.value.rounded(.up) : lower.value.rounded(.down) + 1) else { return nil }
            low = value
        }
        if let upper = interval.upper {
            guard let value = whole(upper.inclusive ? upper.value.rounded(.down) : upper.value.rounded(.up) - 1) else { return nil }
            high = value
        }
    }

    static func closed(_ low: Int, _ high: Int) -> Interval {
        Interval(lower: .init(Double(low), inclusive: true), upper: .init(Double(high), inclusive: true))
    }
}
