import IPSFidelity
import Testing

/// The generated relation tables, asked with typed ids.
@Suite struct EquivalenceTests {
    @Test func everyItemOfBothEditionsHasARelationWithSources() {
        let relations = Scale.definition.relations
        #expect(relations.count == 25)
        #expect(Set(relations.compactMap(\.fromItem)) == Set(Edition2008.Item.allCases.map(\.rawValue)))
        #expect(Set(relations.compactMap(\.toItem)) == Set(EditionFi2026.Item.allCases.map(\.rawValue)))
        #expect(relations.allSatisfy { relation in
            relation.sources.contains { $0.hasPrefix("003:") } && relation.sources.contains { $0.hasPrefix("000:") }
        })
        #expect(relations.allSatisfy { !$0.note.isEmpty })
    }

    @Test func caseloadIsIdentical() throws {
        let found = try #require(Edition2008.Item.caseloadSize.equivalent(in: EditionFi2026.Item.self))
        #expect(found.item == .caseloadSize)
        #expect(found.kind == .identical)
        #expect(found.map(4) == 4)
    }

    @Test func phasesAreRescaledThroughALevelMap() throws {
        let found = try #require(Edition2008.Item.vocationalGeneralists.equivalent(in: EditionFi2026.Item.self))
        #expect(found.kind == .rescaled)
        #expect(found.equivalence.approximate)
        #expect(found.map(4) == 4)
    }

    @Test func collaborationWithNAVIsAdaptedAndNotComparable() throws {
        let found = try #require(Edition2008.Item.vrCollaboration.equivalent(in: EditionFi2026.Item.self))
        #expect(found.item == .partnerCollaboration)
        #expect(found.kind == .adapted)
        #expect(!found.isComparable)
        #expect(found.map(3) == nil)
        let back = try #require(EditionFi2026.Item.partnerCollaboration.equivalent(in: Edition2008.Item.self))
        #expect(back.item == .vrCollaboration)
        #expect(!back.isComparable)
    }

    @Test func typedSheetsCompareAcrossEditions() throws {
        let a = try Edition2008.Sheet(IPSFidelityModuleTests.sampleReview)
        var b = Edition2008.Sheet()
        try b.set(.caseloadSize, to: 3)
        var fi = EditionFi2026.Sheet()
        try fi.set(.caseloadSize, to: 4)
        try fi.set(.partnerCollaboration, to: 5)
        let comparison = Scale.definition.compare(a, fi)
        #expect(comparison.pairs.map(\.itemA) == ["caseload-size"])
        #expect(comparison.pairs.first?.change == -1)
        #expect(comparison.excluded.contains { $0.itemA == "vr-collaboration" && $0.kind == .adapted })
        #expect(comparison.verdict == .partiallyComparable(comparable: 1, of: 25))
        #expect(Scale.definition.compare(a, b).pairs.count == 1)
    }
}
