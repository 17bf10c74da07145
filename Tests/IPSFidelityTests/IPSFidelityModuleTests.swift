import Foundation
import IPSFidelity
import Testing

/// The module the plugin generates from `Scales/ips-fidelity`, used as a downstream tool would.
@Suite struct IPSFidelityModuleTests {
    /// The nb handbook's sample review (003:13581–13633), with typed ids.
    static let sampleReview: [IPSFidelity2008.Item: Int] = [
        .caseloadSize: 5, .vocationalServicesStaff: 5, .vocationalGeneralists: 5,
        .integrationTeamAssignment: 2, .integrationTeamContact: 3, .vrCollaboration: 4, .vocationalUnit: 5,
        .supervisorRole: 3, .zeroExclusion: 4, .competitiveEmploymentFocus: 3, .executiveSupport: 4,
        .workIncentivesPlanning: 4, .disclosure: 4, .ongoingAssessment: 4, .rapidJobSearch: 4,
        .individualizedJobSearch: 4, .jobDevelopmentFrequency: 5, .jobDevelopmentQuality: 4, .jobTypeDiversity: 4,
        .employerDiversity: 5, .competitiveJobs: 5, .individualizedFollowAlong: 5, .timeUnlimitedSupport: 3,
        .communityBasedServices: 5, .assertiveEngagement: 4,
    ]

    @Test func theEditionHas25ItemsInThreeSections() {
        #expect(IPSFidelity2008.Item.allCases.count == 25)
        #expect(IPSFidelity2008.definition.sections.map(\.items.count) == [3, 8, 14])
        #expect(IPSFidelity2008.definition.totalRange == 25...125)
        #expect(IPSFidelity2008.Item.allCases.first == .caseloadSize)
        #expect(IPSFidelity2008.Item.allCases.last == .assertiveEngagement)
    }

    @Test func scoresTheHandbookSampleReviewAs103GoodFidelity() throws {
        let sheet = try IPSFidelity2008.Sheet(Self.sampleReview)
        let result = sheet.result()
        #expect(result.total == 103)
        #expect(result.sections.map(\.total) == [15, 28, 60])
        #expect(result.band == .good)
        #expect(result.band?.label(in: .nb)?.value == "God kvalitet")
        #expect(result.sections.map(\.section) == [.staffing, .organization, .services])
    }

    @Test func aMissingItemLeavesTheBandOpen() throws {
        var sheet = try IPSFidelity2008.Sheet(Self.sampleReview)
        sheet.remove(.disclosure)
        #expect(sheet.missing == [.disclosure])
        let result = sheet.result()
        #expect(result.total == 99)
        #expect(result.band == nil)
        // 99 plus one item scored 1–5 can only reach 100–104: the band is already certain.
        #expect(result.possibleTotals == 100...104)
        #expect(result.certainBand == .good)
        sheet.remove(.caseloadSize)
        #expect(sheet.result().possibleBands == [.good, .fair])
        #expect(sheet.result().certainBand == nil)
    }

    @Test func rejectsAScoreOutsideTheLevels() {
        var sheet = IPSFidelity2008.Sheet()
        #expect(throws: ScoreError.self) { try sheet.set(.caseloadSize, to: 6) }
        #expect(sheet.scores.isEmpty)
    }

    @Test func itemIdsEncodeAsTheirStableSlugs() throws {
        let data = try JSONEncoder().encode([IPSFidelity2008.Item.caseloadSize, .zeroExclusion])
        #expect(String(decoding: data, as: UTF8.self) == #"["caseload-size","zero-exclusion"]"#)
        #expect(try JSONDecoder().decode(IPSFidelity2008.Item.self, from: Data(#""disclosure""#.utf8)) == .disclosure)
    }

    @Test func carriesTheNorwegianTextVerbatim() throws {
        let text = try #require(IPSFidelity2008.definition.text(in: "nb"))
        #expect(text.items["caseload-size"]?.title == "Deltakerportefølje")
        #expect(text.items["caseload-size"]?.levels[5] == "20 eller færre deltakere per jobbspesialist.")
        #expect(text.bands["not-ips"] == "Ikke IPS")
        #expect(IPSFidelity2008.Item.caseloadSize.definition?.dataSources == ["MIS", "DOC", "INT"])
    }

    @Test func knowsItemKindsAndThresholds() throws {
        guard case .measured(let measure)? = IPSFidelity2008.Item.caseloadSize.definition?.kind else {
            Issue.record("caseload size should be measured")
            return
        }
        #expect(measure.levels.first { $0.level == 4 }?.interval.contains(21) == true)
        guard case .criteria(let rule)? = IPSFidelity2008.Item.integrationTeamContact.definition?.kind else {
            Issue.record("integration team contact should be a criteria item")
            return
        }
        #expect(rule.criteria.count == 5)
        #expect(rule.level(forCount: 1) == 1)
        #expect(rule.level(forCount: 5) == 5)
    }

    @Test func itemPositionsFollowDeclarationOrderForEveryItem() {
        // Sheets store scores by position, and raw values are looked up by it.
        for (index, item) in IPSFidelity2008.Item.allCases.enumerated() {
            #expect(item.index == index)
            #expect(IPSFidelity2008.Item(index: index) == item)
            #expect(item.definition?.id == item.rawValue)
            #expect(IPSFidelity2008.Item(rawValue: item.rawValue) == item)
        }
        for (index, item) in IPSFidelityFi2026.Item.allCases.enumerated() {
            #expect(item.index == index)
            #expect(IPSFidelityFi2026.Item(rawValue: item.rawValue) == item)
        }
        #expect(Set(IPSFidelity2008.Item.allCases).count == 25)
        #expect(Set(IPSFidelity2008.Item.allCases.map(\.rawValue)).count == 25)
        #expect(IPSFidelity2008.Item(rawValue: "no-such-item") == nil)
        #expect(IPSFidelity2008.Item.caseloadSize != .vocationalServicesStaff)
    }

    @Test func theScaleListsItsEditions() {
        #expect(IPSFidelityScale.definition.id == "ips-fidelity")
        #expect(IPSFidelityScale.definition.editions.map(\.id).contains("2008"))
        #expect(IPSFidelity2008.Language.allCases.map(\.rawValue).contains("nb"))
    }
}
