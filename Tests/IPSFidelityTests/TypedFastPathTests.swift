import IPSFidelity
import ScaleRuntime
import Testing

/// The typed sheet result and the typed comparison plan take a one-pass path of their own; over
/// many sheets (complete, partly and wholly missing, every level) they must give exactly what the
/// string-keyed scoring and comparison give.
@Suite struct TypedFastPathTests {
    /// Deterministic sheets: a linear congruential generator, so a failure names a reproducible case.
    struct Sheets<Item: ScaleItem>: Sequence, IteratorProtocol {
        var state: UInt64
        var left: Int

        init(seed: UInt64, count: Int) {
            state = seed
            left = count
        }

        mutating func next() -> ScoreSheet<Item>? {
            guard left > 0 else { return nil }
            left -= 1
            var sheet = ScoreSheet<Item>()
            let levels = Item.edition.levels
            let missingOneIn = Int(draw() % 4)  // 0: complete … 3: about a third missing
            for item in Item.allCases {
                if missingOneIn > 0, draw() % UInt64(missingOneIn * 2) == 0 { continue }
                let level = levels.lowerBound + Int(draw() % UInt64(levels.count))
                try? sheet.set(item, to: level)
            }
            return sheet
        }

        private mutating func draw() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }

    @Test(arguments: [MissingDataView.strict, .source])
    func sheetResultsAreTheStringScoring(view: MissingDataView) throws {
        for sheet in Sheets<IPSFidelity2008.Item>(seed: 7, count: 400) {
            let typed = sheet.result(missing: view)
            let scores = Dictionary(uniqueKeysWithValues: sheet.scores.map { ($0.key.rawValue, $0.value) })
            let plain = try IPSFidelity2008.definition.score(scores, missing: view)
            #expect(typed.total == plain.total)
            #expect(typed.sections.map(\.section.rawValue) == plain.sections.map(\.sectionID))
            #expect(typed.sections.map(\.total) == plain.sections.map(\.total))
            #expect(typed.sections.map(\.scoredItems) == plain.sections.map(\.scoredItems))
            #expect(typed.sections.map(\.itemCount) == plain.sections.map(\.itemCount))
            #expect(typed.missing.map(\.rawValue) == plain.missing)
            #expect(typed.imputed.map(\.rawValue) == plain.imputed)
            #expect(typed.band?.rawValue == plain.band?.id)
            #expect(typed.possibleBands.map(\.rawValue) == plain.possibleBands.map(\.id))
            #expect(typed.possibleTotals == plain.possibleTotals)
            #expect(typed.missingDataPolicy == plain.missingDataPolicy)
        }
    }

    @Test func plannedComparisonsAreTheStringComparison() {
        let plan = EditionComparisonPlan<IPSFidelity2008, IPSFidelityFi2026>(scale: IPSFidelityScale.definition)
        let back = EditionComparisonPlan<IPSFidelityFi2026, IPSFidelity2008>(scale: IPSFidelityScale.definition)
        let sheetsB = Array(Sheets<IPSFidelityFi2026.Item>(seed: 11, count: 300))
        for (index, a) in Sheets<IPSFidelity2008.Item>(seed: 3, count: 300).enumerated() {
            let b = sheetsB[index]
            for typed in [plan.compare(a, b).erased, back.compare(b, a).erased] {
                let plain = typed.untyped
                #expect(typed.verdict == plain.verdict)
                #expect(typed.totals == [plain.totalA, plain.mappedTotalA, plain.totalB])
                #expect(typed.pairs == plain.pairs.map { "\($0.itemA)→\($0.itemB) \($0.scoreA)→\($0.mappedA) vs \($0.scoreB)" })
                #expect(typed.excluded == plain.excluded.map { "\($0.itemA ?? "-")→\($0.itemB ?? "-") \($0.kind.map { "\($0)" } ?? "-"): \($0.reason)" })
            }
        }
    }

    @Test func aComparisonOfOneEditionWithItselfPairsEveryScoredItem() {
        let plan = EditionComparisonPlan<IPSFidelity2008, IPSFidelity2008>(scale: IPSFidelityScale.definition)
        for sheet in Sheets<IPSFidelity2008.Item>(seed: 5, count: 50) {
            let comparison = plan.compare(sheet, sheet)
            #expect(comparison.pairs.count == 25 - sheet.missing.count)
            #expect(comparison.pairs.allSatisfy { $0.change == 0 })
            #expect(comparison.totalA == comparison.totalB)
        }
    }
}

extension EditionComparison {
    /// The typed answers as strings, to set beside ``untyped``'s.
    fileprivate var erased: (verdict: Comparison.Verdict, totals: [Int], pairs: [String], excluded: [String], untyped: Comparison) {
        (
            verdict, [totalA, mappedTotalA, totalB],
            pairs.map { "\($0.itemA.rawValue)→\($0.itemB.rawValue) \($0.scoreA)→\($0.mappedA) vs \($0.scoreB)" },
            excluded.map {
                "\($0.itemA?.rawValue ?? "-")→\($0.itemB?.rawValue ?? "-") \($0.kind.map { "\($0)" } ?? "-"): \($0.reason)"
            },
            untyped
        )
    }
}
