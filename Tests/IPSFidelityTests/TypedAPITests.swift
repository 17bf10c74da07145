import Foundation
import GoldenFiles
import IPSFidelity
import Testing

/// The generated module typed all the way: items, sections, bands, languages, criteria and
/// conditions are the edition's own types, and explanations and exclusion reasons are data.
@Suite struct TypedAPITests {
    @Test func criteriaAndConditionsAreTypedPerItem() throws {
        let facts = IPSFidelity2008.Facts(
            .criteriaMet([.integrationTeamContact.weeklyMeetings, .integrationTeamContact.sharedDecisions]),
            conditions: [.integrationTeamContact.hasTreatmentTeam: true])
        let finding = try IPSFidelity2008.Item.integrationTeamContact.level(from: facts)
        #expect(finding.item == .integrationTeamContact)
        #expect(finding.level == 2)
        #expect(finding.explanation.first == .criteriaCounted(met: ["weekly-meetings", "shared-decisions"], of: 5, level: 2))
        #expect(finding.unstatedConditions.isEmpty)
        #expect(IPSFidelity2008.Criterion.integrationTeamContact.weeklyMeetings.description == "integration-team-contact.weekly-meetings")
    }

    @Test func aCriterionOfAnotherItemIsAnErrorInTheFacts() {
        let facts = IPSFidelity2008.Facts(.criteriaMet([.supervisorRole.weeklySupervision]))
        #expect(throws: FactsError.self) { try IPSFidelity2008.Item.integrationTeamContact.level(from: facts) }
        let condition = IPSFidelity2008.Facts(.level(5), conditions: [.zeroExclusion.selfReferralKnown: true])
        #expect(throws: FactsError.self) { try IPSFidelity2008.Item.caseloadSize.level(from: condition) }
    }

    @Test func conditionsOfAFindingAreTyped() throws {
        let finding = try IPSFidelity2008.Item.caseloadSize.level(
            from: .init(.values([25, 19, 20]), conditions: [.caseloadSize.namedClientList: false]))
        #expect(finding.level == 3)
        #expect(finding.appliedConditions == [.caseloadSize.namedClientList])
        guard case .condition(let rule, met: false, applies: true)? = finding.explanation.last else {
            Issue.record("the cap should be the last step, not \(String(describing: finding.explanation.last))")
            return
        }
        #expect(rule.note.contains("003:"))
    }

    @Test func idsAreLookedUpOnlyAtFileBoundaries() throws {
        #expect(IPSFidelity2008.Item(rawValue: "caseload-size") == .caseloadSize)
        #expect(IPSFidelity2008.Item(rawValue: "caseload-sise") == nil)
        #expect(IPSFidelity2008.Item(index: 25) == nil)
        #expect(IPSFidelity2008.Item(index: -1) == nil)
        #expect(IPSFidelity2008.Section.allCases == [.staffing, .organization, .services])
        #expect(IPSFidelity2008.Band.allCases.map(\.rawValue) == ["exemplary", "good", "fair", "not-ips"])
        #expect(IPSFidelity2008.Band.good.range == 100...114)
        #expect(IPSFidelity2008.Condition(item: .caseloadSize, id: "named-client-list") == .caseloadSize.namedClientList)
        #expect(IPSFidelity2008.Condition(item: .caseloadSize, id: "self-referral-known") == nil)
        #expect(IPSFidelity2008.Criterion(item: .caseloadSize, id: "weekly-meetings") == nil)
    }

    @Test func textsAreReachedThroughTypedLanguages() {
        #expect(IPSFidelity2008.Band.good.label(in: .sv)?.value != nil)
        #expect(IPSFidelity2008.Section.staffing.title(in: .nb)?.value == "Bemanning")
        #expect(IPSFidelity2008.Item.caseloadSize.title(in: .nb)?.value == "Deltakerportefølje")
        #expect(IPSFidelityFi2026.Band.good.label(in: .svFI)?.value != nil)
    }

    @Test func itemsEncodeAsTheirStableIds() throws {
        struct Box: Codable, Equatable { var item: IPSFidelityFi2026.Item }
        let data = try JSONEncoder().encode(Box(item: .partnerCollaboration))
        #expect(String(decoding: data, as: UTF8.self) == #"{"item":"partner-collaboration"}"#)
        #expect(try JSONDecoder().decode(Box.self, from: data) == Box(item: .partnerCollaboration))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Box.self, from: Data(#"{"item":"caseload-sise"}"#.utf8)) }
    }

    @Test func theMissingDataPolicyIsTypedToo() throws {
        var sheet = try IPSFidelity2008.Sheet(IPSFidelityModuleTests.sampleReview)
        sheet.remove(.disclosure)
        let source = sheet.result(missing: .source)
        #expect(source.imputed == [.disclosure])
        #expect(source.total == 100)
        #expect(source.band == .good)
        #expect(sheet.result(missing: .strict).missing == [.disclosure])
    }

    /// Generated code names the runtime version it was made for; a runtime without that name
    /// makes the module fail to compile with a hint to regenerate (swift-protobuf's approach).
    @Test func generatedCodeNamesTheRuntimeVersionItNeeds() throws {
        let marker = String(describing: GeneratedCodeVersion2_RegenerateIfNotFound.self)
        let file = Golden.packageRoot().appendingPathComponent("Tests/ScaleCompilerTests/Goldens/ScaleTables.swift")
        let golden = try String(contentsOf: file, encoding: .utf8)
        #expect(golden.contains("private typealias GeneratedCodeVersionCheck = \(marker)"))
    }
}
