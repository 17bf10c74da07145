import IPSFidelity
import Testing

/// Missing data as the sources say (issue 11, point 6): the strict view and the source's policy,
/// chosen explicitly.
@Suite struct MissingDataTests {
    private let partial = ["caseload-size": 4, "zero-exclusion": 3]

    @Test func theStrictViewListsMissingItemsAndGivesNoBand() throws {
        let result = try IPSFidelity2008.definition.score(partial, missing: .strict)
        #expect(result.missing.count == 23)
        #expect(result.band == nil)
        #expect(result.imputed.isEmpty)
        #expect(result.total == 7)
    }

    @Test func the2008PolicyScoresEachMissingItemOneAndListsIt() throws {
        // 003:819–821 «Hvis evaluatorene ikke finner den informasjonen … er standardverdien 1».
        let result = try IPSFidelity2008.definition.score(partial, missing: .source)
        #expect(result.imputed.count == 23)
        #expect(result.missing.isEmpty)
        #expect(result.total == 7 + 23)
        #expect(result.band?.id == "not-ips")
        #expect(result.missingDataPolicy?.rule == .lowestLevel)
        #expect(result.missingDataPolicy?.note.hasPrefix("003:819–821") == true)
    }

    @Test func fi2026StatesNoPolicySoTheSourceViewStaysStrict() throws {
        let result = try IPSFidelityFi2026.definition.score(["caseload-size": 4], missing: .source)
        #expect(IPSFidelityFi2026.definition.missingData == nil)
        #expect(result.imputed.isEmpty)
        #expect(result.missing.count == 24)
        #expect(result.band == nil)
    }
}
