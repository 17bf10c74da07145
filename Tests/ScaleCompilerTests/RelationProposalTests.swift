import Testing

@testable import ScaleCompiler

/// How a relations draft classifies items: by id, structure and text in a shared language.
@Suite struct RelationProposalTests {
    private static let edition = ScaleCompilation.compile(RealScale.source).scale?.edition("2008")

    /// 2008 against a copy of itself with one anchor reworded and one threshold moved.
    @Test func classifiesIdenticalRewordedRescaledAndNone() throws {
        let before = try #require(Self.edition)
        var after = before
        after.id = "2008-revised"
        after.texts[0].items["disclosure"]?.title = "Åpenhet om helse"
        var sections = after.sections
        if case .measured(var measure) = sections[0].items[0].kind {
            measure.levels[0].interval = measure.levels[1].interval
            sections[0].items[0].kind = .measured(measure)
        }
        sections[2].items.removeLast()
        after.sections = sections
        let entries = RelationProposal(from: before, to: after).entries
        func kind(_ id: String) -> RelationKind? { entries.first { $0.from == id }?.kind }
        #expect(kind("vocational-services-staff") == .identical)
        #expect(kind("disclosure") == .reworded)
        #expect(kind("caseload-size") == .rescaled)
        #expect(entries.first { $0.from == "caseload-size" }?.levelMap == [1: 1, 2: 2, 3: 3, 4: 4, 5: 5])
        #expect(kind("assertive-engagement") == RelationKind.none)
        #expect(entries.count == before.items.count)
    }
}
