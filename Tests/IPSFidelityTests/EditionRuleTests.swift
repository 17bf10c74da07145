import IPSFidelity
import Testing

/// Rules the two editions write down differently, and how facts that do not fit are refused.
@Suite struct EditionRuleTests {
    private func level(_ edition: EditionDefinition, _ item: String, _ facts: ItemFacts) throws -> LevelFinding {
        try edition.level(for: item, from: facts)
    }

    @Test func ninetyFivePercentCompetitiveIsLevelFiveIn2008AndAGapIn2026() throws {
        let facts = ItemFacts(.quotient(count: 19, of: 20), conditions: ["ten-or-more-competitive-jobs": true])
        #expect(try level(Edition2008.definition, "competitive-jobs", facts).level == 5)
        let fi = try level(
            EditionFi2026.definition, "competitive-jobs",
            ItemFacts(.quotient(count: 19, of: 20), conditions: ["ten-or-more-employed-clients": true]))
        #expect(fi.level == nil)
        guard case .declaredGap(let gap, _)? = fi.noLevelReason else {
            Issue.record("95 % should be in a declared gap in fi-2026")
            return
        }
        #expect(gap.contains(95))
    }

    @Test func sixtyFourPercentIsAGapInBothEditions() throws {
        let nb = try level(Edition2008.definition, "competitive-jobs", ItemFacts(.quotient(count: 16, of: 25)))
        #expect(nb.level == nil)
        #expect(nb.explanation.last?.contains("gap") == true)
    }

    @Test func thirtyPercentInTheCommunityIsAnOverlapAndBelowThirtyAGapOnlyIn2026() throws {
        let thirty = try level(Edition2008.definition, "community-based-services", ItemFacts(.values([30])))
        #expect(thirty.level == nil)
        guard case .overlap(let levels, _)? = thirty.noLevelReason else {
            Issue.record("30 % should be in the overlap of levels 1 and 2")
            return
        }
        #expect(levels == [1, 2])
        #expect(try level(Edition2008.definition, "community-based-services", ItemFacts(.values([20]))).level == 1)
        let fi = try level(EditionFi2026.definition, "community-based-services", ItemFacts(.values([20])))
        #expect(fi.level == nil)
        guard case .declaredGap? = fi.noLevelReason else {
            Issue.record("under 30 % should be a declared gap in fi-2026")
            return
        }
    }

    @Test func fi2026TakesTheMedianForRapidJobSearchAnd2008TheMean() throws {
        let days: [Double] = [3, 11, 26, 28, 29, 31, 33, 35, 43, 84]
        let nb = try level(Edition2008.definition, "rapid-job-search", ItemFacts(.values(days)))
        let fi = try level(EditionFi2026.definition, "rapid-job-search", ItemFacts(.values(days)))
        #expect(nb.value == 32.3)
        #expect(fi.value == 30)
        #expect(nb.level == 4)
        #expect(fi.level == 5)
        #expect(fi.unstatedConditions == ["employer-contacts-followed-up"])
        #expect(fi.alternativeLevel == 4)
    }

    @Test func threeContactsAWeekHaveNoAnchor() throws {
        let finding = try level(Edition2008.definition, "job-development-frequency", ItemFacts(.value(3)))
        #expect(finding.level == nil)
        #expect(finding.alternativeLevel == nil)
    }

    @Test func refusesFactsThatDoNotFitTheItem() {
        #expect(throws: FactsError.self) { try level(Edition2008.definition, "zero-exclusion", ItemFacts(.values([3]))) }
        #expect(throws: FactsError.self) {
            try level(Edition2008.definition, "disclosure", ItemFacts(.criteriaMet(["no-such-criterion"])))
        }
        #expect(throws: FactsError.self) {
            try level(Edition2008.definition, "caseload-size", ItemFacts(.values([20]), conditions: ["invented": true]))
        }
        #expect(throws: FactsError.self) { try level(Edition2008.definition, "competitive-jobs", ItemFacts(.quotient(count: 12, of: 10))) }
        #expect(throws: FactsError.self) { try level(Edition2008.definition, "caseload-size", ItemFacts(.values([]))) }
        #expect(throws: FactsError.self) { try level(Edition2008.definition, "caseload-size", ItemFacts(.levels([4, 5]))) }
        #expect(throws: FactsError.self) { try level(Edition2008.definition, "caseload-size", ItemFacts(.level(7))) }
    }

    @Test func aFinlandSwedishReaderOf2008GetsSwedishAndIsToldSo() throws {
        let title = try #require(Edition2008.definition.itemTitle("caseload-size", in: "sv-FI"))
        #expect(title.value == "Klientgruppens storlek")
        #expect(title.served == "sv")
        #expect(title.reason == .declaredFallback(tried: ["sv-FI"]))
        // The Swedish manual has no anchors: the chain ends at the source language, nb.
        let anchor = try #require(Edition2008.definition.lookup("sv-FI") { $0.items["caseload-size"]?.levels[5] })
        #expect(anchor.served == "nb")
        #expect(anchor.reason == .fallbackToSourceLanguage)
        #expect(Edition2008.definition.fallbackChain(for: "sv-FI") == ["sv-FI", "sv", "nb"])
    }

    @Test func fi2026HasItsOwnTypedIds() {
        #expect(EditionFi2026.Item.allCases.count == 25)
        #expect(EditionFi2026.Item.partnerCollaboration.definition?.number == 6)
        #expect(EditionFi2026.Item.assertiveEngagement.definition?.number == 25)
        #expect(EditionFi2026.Language.allCases == [.svFI])
        #expect(Edition2008.Language.allCases.map(\.rawValue) == ["nb", "sv"])
        #expect(Scale.definition.editions.map(\.id) == ["2008", "fi-2026"])
    }

    @Test func fi2026BandsAreInFinlandSwedish() throws {
        let text = try #require(EditionFi2026.definition.text(in: EditionFi2026.Language.svFI.tag))
        #expect(text.bands["good"] == "god nivå")
        #expect(text.bands["not-ips"] == "tjänsten är inte stödd sysselsättning")
        #expect(text.items["partner-collaboration"]?.note?.hasPrefix("Not om kvalitetskriterium 6") == true)
    }

    @Test func theSwedishTextDeclaresWhatTheManualLacks() throws {
        let sv = try #require(Edition2008.definition.text(in: "sv"))
        #expect(sv.absent.isSuperset(of: [.levels, .bands]))
        #expect(sv.items["caseload-size"]?.title == "Klientgruppens storlek")
        #expect(sv.items["caseload-size"]?.levels.isEmpty == true)
        let label = try #require(Edition2008.definition.bandLabel("good", in: "sv"))
        #expect(label.reason == .fallbackToSourceLanguage)
        #expect(label.served == "nb")
    }
}
