import IPSFidelity
import Testing

/// The generated relation tables, asked with typed ids.
@Suite struct EquivalenceTests {
    @Test func everyItemOfBothEditionsHasARelationWithSources() {
        let relations = IPSFidelityScale.definition.relations
        #expect(relations.count == 25)
        #expect(Set(relations.compactMap(\.fromItem)) == Set(IPSFidelity2008.Item.allCases.map(\.rawValue)))
        #expect(Set(relations.compactMap(\.toItem)) == Set(IPSFidelityFi2026.Item.allCases.map(\.rawValue)))
        #expect(relations.allSatisfy { relation in
            relation.sources.contains { $0.hasPrefix("003:") } && relation.sources.contains { $0.hasPrefix("000:") }
        })
        #expect(relations.allSatisfy { !$0.note.isEmpty })
    }

    @Test func caseloadIsIdentical() throws {
        let found = try #require(IPSFidelity2008.Item.caseloadSize.equivalent(in: IPSFidelityFi2026.Item.self))
        #expect(found.item == .caseloadSize)
        #expect(found.kind == .identical)
        #expect(found.map(4) == 4)
    }

    @Test func phasesAreRescaledThroughALevelMap() throws {
        let found = try #require(IPSFidelity2008.Item.vocationalGeneralists.equivalent(in: IPSFidelityFi2026.Item.self))
        #expect(found.kind == .rescaled)
        #expect(found.equivalence.approximate)
        #expect(found.map(4) == 4)
    }

    @Test func collaborationWithNAVIsAdaptedAndNotComparable() throws {
        let found = try #require(IPSFidelity2008.Item.vrCollaboration.equivalent(in: IPSFidelityFi2026.Item.self))
        #expect(found.item == .partnerCollaboration)
        #expect(found.kind == .adapted)
        #expect(!found.isComparable)
        #expect(found.map(3) == nil)
        let back = try #require(IPSFidelityFi2026.Item.partnerCollaboration.equivalent(in: IPSFidelity2008.Item.self))
        #expect(back.item == .vrCollaboration)
        #expect(!back.isComparable)
    }

    @Test func typedSheetsCompareAcrossEditions() throws {
        let a = try IPSFidelity2008.Sheet(IPSFidelityModuleTests.sampleReview)
        var b = IPSFidelity2008.Sheet()
        try b.set(.caseloadSize, to: 3)
        var fi = IPSFidelityFi2026.Sheet()
        try fi.set(.caseloadSize, to: 4)
        try fi.set(.partnerCollaboration, to: 5)
        let comparison = IPSFidelityScale.definition.compare(a, fi)
        #expect(comparison.pairs.map(\.itemA) == [.caseloadSize])
        #expect(comparison.pairs.map(\.itemB) == [.caseloadSize])
        #expect(comparison.pairs.first?.change == -1)
        let adapted = try #require(comparison.excluded.first { $0.itemA == .vrCollaboration })
        #expect(adapted.itemB == .partnerCollaboration)
        #expect(adapted.kind == .adapted)
        guard case .notComparable(.adapted(let note)) = adapted.reason else {
            Issue.record("vr-collaboration should be excluded as adapted, not \(adapted.reason)")
            return
        }
        #expect(note.contains("Finnish service system"))
        #expect(comparison.verdict == .partiallyComparable(comparable: 1, of: 25))
        #expect(IPSFidelityScale.definition.compare(a, b).pairs.count == 1)
    }
}
