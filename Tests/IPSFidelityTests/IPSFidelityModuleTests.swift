import Foundation
import IPSFidelity
import Testing

/// The module the plugin generates from `Scales/ips-fidelity`, used as a downstream tool would.
@Suite struct IPSFidelityModuleTests {
    /// The nb handbook's sample review (003:13581–13633), with typed ids.
    static let sampleReview: [Edition2008.Item: Int] = [
        .caseloadSize: 5, .vocationalServicesStaff: 5, .vocationalGeneralists: 5,
        .integrationTeamAssignment: 2, .integrationTeamContact: 3, .vrCollaboration: 4, .vocationalUnit: 5,
        .supervisorRole: 3, .zeroExclusion: 4, .competitiveEmploymentFocus: 3, .executiveSupport: 4,
        .workIncentivesPlanning: 4, .disclosure: 4, .ongoingAssessment: 4, .rapidJobSearch: 4,
        .individualizedJobSearch: 4, .jobDevelopmentFrequency: 5, .jobDevelopmentQuality: 4, .jobTypeDiversity: 4,
        .employerDiversity: 5, .competitiveJobs: 5, .individualizedFollowAlong: 5, .timeUnlimitedSupport: 3,
        .communityBasedServices: 5, .assertiveEngagement: 4,
    ]

    @Test func theEditionHas25ItemsInThreeSections() {
        #expect(Edition2008.Item.allCases.count == 25)
        #expect(Edition2008.definition.sections.map(\.items.count) == [3, 8, 14])
        #expect(Edition2008.definition.totalRange == 25...125)
        #expect(Edition2008.Item.allCases.first == .caseloadSize)
        #expect(Edition2008.Item.allCases.last == .assertiveEngagement)
    }

    @Test func scoresTheHandbookSampleReviewAs103GoodFidelity() throws {
        let sheet = try Edition2008.Sheet(Self.sampleReview)
        let result = sheet.result()
        #expect(result.total == 103)
        #expect(result.sections.map(\.total) == [15, 28, 60])
        #expect(result.band?.id == "good")
        #expect(Edition2008.definition.bandLabel("good", in: Edition2008.Language.nb.tag)?.value == "God kvalitet")
    }

    @Test func aMissingItemLeavesTheBandOpen() throws {
        var sheet = try Edition2008.Sheet(Self.sampleReview)
        sheet.remove(.disclosure)
        #expect(sheet.missing == [.disclosure])
        let result = sheet.result()
        #expect(result.total == 99)
        #expect(result.band == nil)
        // 99 plus one item scored 1–5 can only reach 100–104: the band is already certain.
        #expect(result.possibleTotals == 100...104)
        #expect(result.certainBand?.id == "good")
        sheet.remove(.caseloadSize)
        #expect(sheet.result().possibleBands.map(\.id) == ["good", "fair"])
        #expect(sheet.result().certainBand == nil)
    }

    @Test func rejectsAScoreOutsideTheLevels() {
        var sheet = Edition2008.Sheet()
        #expect(throws: ScoreError.self) { try sheet.set(.caseloadSize, to: 6) }
        #expect(sheet.scores.isEmpty)
    }

    @Test func itemIdsEncodeAsTheirStableSlugs() throws {
        let data = try JSONEncoder().encode([Edition2008.Item.caseloadSize, .zeroExclusion])
        #expect(String(decoding: data, as: UTF8.self) == #"["caseload-size","zero-exclusion"]"#)
        #expect(try JSONDecoder().decode(Edition2008.Item.self, from: Data(#""disclosure""#.utf8)) == .disclosure)
    }

    @Test func carriesTheNorwegianTextVerbatim() throws {
        let text = try #require(Edition2008.definition.text(in: "nb"))
        #expect(text.items["caseload-size"]?.title == "Deltakerportefølje")
        #expect(text.items["caseload-size"]?.levels[5] == "20 eller færre deltakere per jobbspesialist.")
        #expect(text.bands["not-ips"] == "Ikke IPS")
        #expect(Edition2008.Item.caseloadSize.definition?.dataSources == ["MIS", "DOC", "INT"])
    }

    @Test func knowsItemKindsAndThresholds() throws {
        guard case .measured(let measure)? = Edition2008.Item.caseloadSize.definition?.kind else {
            Issue.record("caseload size should be measured")
            return
        }
        #expect(measure.levels.first { $0.level == 4 }?.interval.contains(21) == true)
        guard case .criteria(let rule)? = Edition2008.Item.integrationTeamContact.definition?.kind else {
            Issue.record("integration team contact should be a criteria item")
            return
        }
        #expect(rule.criteria.count == 5)
        #expect(rule.level(forCount: 1) == 1)
        #expect(rule.level(forCount: 5) == 5)
    }

    @Test func caseIndexesFollowDeclarationOrderForEveryItem() {
        // The generated raw values, equality and hashing rest on this (see CaseIndex.swift).
        for (index, item) in Edition2008.Item.allCases.enumerated() {
            #expect(caseIndex(of: item) == index)
            #expect(Edition2008.Item(rawValue: item.rawValue) == item)
        }
        for (index, item) in EditionFi2026.Item.allCases.enumerated() {
            #expect(caseIndex(of: item) == index)
            #expect(EditionFi2026.Item(rawValue: item.rawValue) == item)
        }
        #expect(Set(Edition2008.Item.allCases).count == 25)
        #expect(Set(Edition2008.Item.allCases.map(\.rawValue)).count == 25)
        #expect(Edition2008.Item(rawValue: "no-such-item") == nil)
        #expect(Edition2008.Item.caseloadSize != .vocationalServicesStaff)
    }

    @Test func theScaleListsItsEditions() {
        #expect(Scale.definition.id == "ips-fidelity")
        #expect(Scale.definition.editions.map(\.id).contains("2008"))
        #expect(Edition2008.Language.allCases.map(\.rawValue).contains("nb"))
    }
}
