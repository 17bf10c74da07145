import IPSFidelity
import Testing

/// Rules the two editions write down differently, and how facts that do not fit are refused.
@Suite struct EditionRuleTests {
    private func level(_ edition: EditionDefinition, _ item: String, _ facts: ItemFacts) throws -> LevelFinding {
        try edition.level(for: item, from: facts)
    }

    @Test func ninetyFivePercentCompetitiveIsLevelFiveIn2008AndAGapIn2026() throws {
        let facts = ItemFacts(.quotient(count: 19, of: 20))
        #expect(try level(IPSFidelity2008.definition, "competitive-jobs", facts).level == 5)
        let fi = try level(IPSFidelityFi2026.definition, "competitive-jobs", ItemFacts(.quotient(count: 19, of: 20)))
        #expect(fi.level == nil)
        guard case .declaredGap(let gap, _)? = fi.noLevelReason else {
            Issue.record("95 % should be in a declared gap in fi-2026")
            return
        }
        #expect(gap.contains(95))
    }

    /// 2008 counts the competitive jobs («færre enn ti slike jobber», 003:11294–11296); fi-2026
    /// counts the clients in work («antalet klienter som fått sysselsättning … färre än 10»,
    /// 000:325). Nine competitive jobs of ten jobs: level 1 in 2008, not in fi-2026.
    @Test func conditionsCountWhatTheirSourceSentenceCounts() throws {
        let facts = ItemFacts(.quotient(count: 9, of: 10))
        #expect(try level(IPSFidelity2008.definition, "competitive-jobs", facts).level == 1)
        #expect(try level(IPSFidelityFi2026.definition, "competitive-jobs", facts).level == 4)
        let few = try level(IPSFidelityFi2026.definition, "competitive-jobs", ItemFacts(.quotient(count: 9, of: 9)))
        #expect(few.level == 1)
    }

    /// Organisasjon 1 measures what its anchors measure (003:9900–9942; 000:53–65): the share of
    /// the caseload in one or two teams, with three or more teams, clinicians outside teams and a
    /// service apart from treatment as caps.
    @Test func teamIntegrationTakesTheShareOfTheCaseloadInOneOrTwoTeams() throws {
        let share = try level(IPSFidelity2008.definition, "integration-team-assignment", ItemFacts(.quotient(count: 40, of: 45)))
        #expect(share.level == 4)
        let threeTeams = try level(
            IPSFidelity2008.definition, "integration-team-assignment",
            ItemFacts(.quotient(count: 44, of: 45), conditions: ["at-most-two-teams": false]))
        #expect(threeTeams.level == 2)
        let apart = try level(
            IPSFidelityFi2026.definition, "integration-team-assignment",
            ItemFacts(.quotient(count: 44, of: 45), conditions: ["integrated-with-treatment": false]))
        #expect(apart.level == 1)
        // Per-specialist levels still combine as the chapter says (003:3392–3394).
        let perSpecialist = try level(IPSFidelity2008.definition, "integration-team-assignment", ItemFacts(.levels([5, 2, 4])))
        #expect(perSpecialist.level == 3)
    }

    /// Each specialist's share gets its level before the levels combine (003:3392–3394): 10, 90
    /// and 90 % are levels 2, 5, 5, mean 4 — the mean share (63 %) would say 3.
    @Test func perSpecialistSharesAreLevelledBeforeTheyCombine() throws {
        let finding = try level(IPSFidelity2008.definition, "integration-team-assignment", ItemFacts(.values([10, 90, 90])))
        #expect(finding.level == 4)
        #expect(finding.explanationText.first?.hasPrefix("specialist 1: 10") == true)
    }

    /// Bemanning 3 counts phases (003:9838–9878; 000:41–49): none performed with a caseload is 2,
    /// no caseload at all is 1, and a count the scale does not have is an error in the facts.
    @Test func generalistsCountThePhasesTheyPerform() throws {
        let none = try level(IPSFidelity2008.definition, "vocational-generalists", ItemFacts(.values([0])))
        #expect(none.level == 2)
        #expect(none.unstatedConditions == ["holds-caseload", "specialist-does-intake"])
        let refersOnly = try level(
            IPSFidelity2008.definition, "vocational-generalists", ItemFacts(.values([0]), conditions: ["holds-caseload": false]))
        #expect(refersOnly.level == 1)
        #expect(try level(IPSFidelity2008.definition, "vocational-generalists", ItemFacts(.values([5]))).level == 4)
        #expect(try level(IPSFidelityFi2026.definition, "vocational-generalists", ItemFacts(.values([4]))).level == 4)
        #expect(try level(IPSFidelityFi2026.definition, "vocational-generalists", ItemFacts(.values([5, 5, 4]))).level == 5)
        #expect(throws: FactsError.self) {
            try level(IPSFidelity2008.definition, "vocational-generalists", ItemFacts(.values([7])))
        }
        #expect(throws: FactsError.self) {
            try level(IPSFidelityFi2026.definition, "vocational-generalists", ItemFacts(.values([6])))
        }
    }

    @Test func sixtyFourPercentIsAGapInBothEditions() throws {
        let nb = try level(IPSFidelity2008.definition, "competitive-jobs", ItemFacts(.quotient(count: 16, of: 25)))
        #expect(nb.level == nil)
        #expect(nb.explanationText.contains { $0.contains("in the gap [64, 64]") })
    }

    @Test func thirtyPercentInTheCommunityIsAnOverlapAndBelowThirtyAGapOnlyIn2026() throws {
        let thirty = try level(IPSFidelity2008.definition, "community-based-services", ItemFacts(.values([30])))
        #expect(thirty.level == nil)
        guard case .overlap(let levels, _)? = thirty.noLevelReason else {
            Issue.record("30 % should be in the overlap of levels 1 and 2")
            return
        }
        #expect(levels == [1, 2])
        #expect(try level(IPSFidelity2008.definition, "community-based-services", ItemFacts(.values([20]))).level == 1)
        let fi = try level(IPSFidelityFi2026.definition, "community-based-services", ItemFacts(.values([20])))
        #expect(fi.level == nil)
        guard case .declaredGap? = fi.noLevelReason else {
            Issue.record("under 30 % should be a declared gap in fi-2026")
            return
        }
    }

    @Test func fi2026TakesTheMedianForRapidJobSearchAnd2008TheMean() throws {
        let days: [Double] = [3, 11, 26, 28, 29, 31, 33, 35, 43, 84]
        let nb = try level(IPSFidelity2008.definition, "rapid-job-search", ItemFacts(.values(days)))
        let fi = try level(IPSFidelityFi2026.definition, "rapid-job-search", ItemFacts(.values(days)))
        #expect(nb.value == 32.3)
        #expect(fi.value == 30)
        #expect(nb.level == 4)
        #expect(fi.level == 5)
        #expect(fi.unstatedConditions == ["employer-contacts-followed-up"])
        #expect(fi.alternativeLevel == 4)
    }

    /// «bruk den skåren som kommer nærmest på kvalitetsskalaen» (003:11005–11009): the nearest
    /// anchor, not rounding then lookup; so nothing between two and four contacts is left without
    /// a level (issue 11, point 1).
    @Test(arguments: [(2.4, 2), (2.5, 2), (2.9, 2), (3.0, 2), (3.4, 3), (3.5, 3), (4.4, 3), (4.5, 3), (4.6, 4), (1.99, 1), (6.0, 5)])
    func employerContactsTakeTheNearestAnchorIn2008(value: Double, expected: Int) throws {
        let finding = try level(IPSFidelity2008.definition, "job-development-frequency", ItemFacts(.value(value)))
        #expect(finding.level == expected)
    }

    @Test func threeContactsAWeekAreATieDecidedDownIn2008AndUndecidedInFi2026() throws {
        // 003:7424–7426 «ligger mellom to og tre, skal skåren være 2. Rund alltid ned».
        let nb = try level(IPSFidelity2008.definition, "job-development-frequency", ItemFacts(.value(3)))
        #expect(nb.level == 2)
        #expect(nb.explanationText.contains { $0.contains("a tie, which goes to the lower level") })
        // fi-2026 states no rule for ties (000:274–282): the evaluator decides.
        let fi = try level(IPSFidelityFi2026.definition, "job-development-frequency", ItemFacts(.value(3)))
        #expect(fi.level == nil)
        #expect(fi.noLevelReason == .tie(levels: [2, 3]))
        let near = try level(IPSFidelityFi2026.definition, "job-development-frequency", ItemFacts(.value(2.6)))
        #expect(near.level == 2)
    }

    @Test func communityTimeBetweenAnchorsTakesTheNearestAndTiesGoDown() throws {
        let tie = try level(IPSFidelity2008.definition, "community-based-services", ItemFacts(.values([39, 40])))
        #expect(tie.level == 2)
        let near = try level(IPSFidelity2008.definition, "community-based-services", ItemFacts(.value(39.6)))
        #expect(near.level == 3)
    }

    @Test func aSmallCaseloadReachesLevelFiveWithTwoContactsPerJobSeeker() throws {
        // 003:11071–11077; fi-2026 000:282 «2 x 2, dvs. fyra».
        let weekly = ["contact-log-reviewed-monthly": true, "contact-log-reviewed-weekly": true]
        let two = try level(IPSFidelity2008.definition, "job-development-frequency", ItemFacts(.value(4), conditions: weekly, jobSeekers: 2))
        #expect(two.level == 5)
        let short = try level(IPSFidelity2008.definition, "job-development-frequency", ItemFacts(.value(3.5), conditions: weekly, jobSeekers: 2))
        #expect(short.level == 3)
        let many = try level(IPSFidelity2008.definition, "job-development-frequency", ItemFacts(.value(4), conditions: weekly, jobSeekers: 3))
        #expect(many.level == 3)
        let fi = try level(
            IPSFidelityFi2026.definition, "job-development-frequency",
            ItemFacts(.value(4), conditions: ["follow-up-reviewed-monthly": true, "follow-up-reviewed-weekly": true], jobSeekers: 2))
        #expect(fi.level == 5)
        // The weekly review is still required for 5.
        let unreviewed = try level(
            IPSFidelity2008.definition, "job-development-frequency",
            ItemFacts(.value(4), conditions: ["contact-log-reviewed-weekly": false], jobSeekers: 2))
        #expect(unreviewed.level == 3)
    }

    @Test func tooFewJobsScoreOneWhateverTheirVariety() throws {
        // 003:7744–7748 and 7968–7972: under 10 with two or more specialists, under 5 with one.
        let labels = ItemFacts.Observation.labels(["a", "b", "c", "d", "e", "f", "g", "h", "i"])
        let two = try level(IPSFidelity2008.definition, "job-type-diversity", ItemFacts(labels, specialists: 2))
        #expect(two.level == 1)
        #expect(two.sampleRuleApplied)
        let one = try level(IPSFidelity2008.definition, "employer-diversity", ItemFacts(labels, specialists: 1))
        #expect(one.level == 5)
        let unstated = try level(IPSFidelity2008.definition, "job-type-diversity", ItemFacts(labels))
        #expect(unstated.level == 5)
        #expect(unstated.unstatedConditions == ["specialists"])
        #expect(throws: FactsError.invalidCount(item: "job-type-diversity", fact: "specialists", value: 0, reason: "a service has at least one specialist")) {
            try level(IPSFidelity2008.definition, "job-type-diversity", ItemFacts(labels, specialists: 0))
        }
    }

    @Test func anEvaluatorsLevelThatBreaksAStatedCapIsAnError() {
        #expect(throws: FactsError.self) {
            try level(IPSFidelity2008.definition, "rapid-job-search", ItemFacts(.level(5), conditions: ["employer-contacts-recorded": false]))
        }
        #expect(throws: Never.self) {
            try level(IPSFidelity2008.definition, "rapid-job-search", ItemFacts(.level(4), conditions: ["employer-contacts-recorded": false]))
        }
    }

    @Test func refusesFactsThatDoNotFitTheItem() {
        #expect(throws: FactsError.self) { try level(IPSFidelity2008.definition, "zero-exclusion", ItemFacts(.values([3]))) }
        #expect(throws: FactsError.self) {
            try level(IPSFidelity2008.definition, "disclosure", ItemFacts(.criteriaMet(["no-such-criterion"])))
        }
        #expect(throws: FactsError.self) {
            try level(IPSFidelity2008.definition, "caseload-size", ItemFacts(.values([20]), conditions: ["invented": true]))
        }
        #expect(throws: FactsError.self) { try level(IPSFidelity2008.definition, "competitive-jobs", ItemFacts(.quotient(count: 12, of: 10))) }
        #expect(throws: FactsError.self) { try level(IPSFidelity2008.definition, "caseload-size", ItemFacts(.values([]))) }
        #expect(throws: FactsError.self) { try level(IPSFidelity2008.definition, "caseload-size", ItemFacts(.levels([4, 5]))) }
        #expect(throws: FactsError.self) { try level(IPSFidelity2008.definition, "caseload-size", ItemFacts(.level(7))) }
    }

    @Test func aFinlandSwedishReaderOf2008GetsSwedishAndIsToldSo() throws {
        let title = try #require(IPSFidelity2008.definition.itemTitle("caseload-size", in: "sv-FI"))
        #expect(title.value == "Klientgruppens storlek")
        #expect(title.served == "sv")
        #expect(title.reason == .declaredFallback(tried: ["sv-FI"]))
        // The Swedish manual has no anchors: the chain ends at the source language, nb.
        let anchor = try #require(IPSFidelity2008.definition.lookup("sv-FI") { $0.items["caseload-size"]?.levels[5] })
        #expect(anchor.served == "nb")
        #expect(anchor.reason == .fallbackToSourceLanguage)
        #expect(IPSFidelity2008.definition.fallbackChain(for: "sv-FI") == ["sv-FI", "sv", "nb"])
    }

    @Test func fi2026HasItsOwnTypedIds() {
        #expect(IPSFidelityFi2026.Item.allCases.count == 25)
        #expect(IPSFidelityFi2026.Item.partnerCollaboration.definition?.number == 6)
        #expect(IPSFidelityFi2026.Item.assertiveEngagement.definition?.number == 25)
        #expect(IPSFidelityFi2026.Language.allCases == [.svFI])
        #expect(IPSFidelity2008.Language.allCases.map(\.rawValue) == ["nb", "sv"])
        #expect(IPSFidelityScale.definition.editions.map(\.id) == ["2008", "fi-2026"])
    }

    @Test func fi2026BandsAreInFinlandSwedish() throws {
        let text = try #require(IPSFidelityFi2026.definition.text(in: IPSFidelityFi2026.Language.svFI.tag))
        #expect(text.bands["good"] == "god nivå")
        #expect(text.bands["not-ips"] == "tjänsten är inte stödd sysselsättning")
        #expect(text.items["partner-collaboration"]?.note?.hasPrefix("Not om kvalitetskriterium 6") == true)
    }

    @Test func theSwedishTextDeclaresWhatTheManualLacks() throws {
        let sv = try #require(IPSFidelity2008.definition.text(in: "sv"))
        #expect(sv.absent.isSuperset(of: [.levels, .bands]))
        #expect(sv.items["caseload-size"]?.title == "Klientgruppens storlek")
        #expect(sv.items["caseload-size"]?.levels.isEmpty == true)
        let label = try #require(IPSFidelity2008.definition.bandLabel("good", in: "sv"))
        #expect(label.reason == .fallbackToSourceLanguage)
        #expect(label.served == "nb")
    }
}
