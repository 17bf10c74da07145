import Testing

@testable import ScaleCompiler

/// The diff rules on edits of the compiled real scale made in memory, for the edits that would
/// take many files to make on disk (an item or edition removed or added).
@Suite struct ScaleDiffTests {
    private static let compiled = ScaleCompilation.compile(RealScale.source)

    private func diff(_ edit: (inout ScaleDefinition) -> Void) throws -> ScaleDiff {
        let scale = try #require(Self.compiled.scale)
        var edited = scale
        edit(&edited)
        let old = ScaleVersion(scale: scale, swiftName: Self.compiled.swiftName, source: RealScale.source)
        let new = ScaleVersion(scale: edited, swiftName: Self.compiled.swiftName, source: RealScale.source)
        return ScaleDiff.compare(old, new)
    }

    @Test func nothingChangedIsNone() throws {
        let result = try diff { _ in }
        #expect(result.changes.isEmpty)
        #expect(result.bump == .none)
    }

    @Test func aRemovedItemIsMajorAndLocatedInOld() throws {
        let result = try diff { scale in scale.editions[0].sections[2].items.removeLast() }
        #expect(result.bump == .major)
        let removal = try #require(result.changes.first { $0.path == "editions/2008/items/assertive-engagement" })
        #expect(removal.kind == .removed)
        #expect(removal.location?.file == "Scales/ips-fidelity/2008/structure.yaml")
        #expect(result.removedSymbols.contains("IPSFidelity2008.Item.assertiveEngagement"))
        #expect(result.removedSymbols.contains("IPSFidelity2008.Criterion.assertiveEngagement.teamOutreach"))
    }

    @Test func anAddedEditionIsMinor() throws {
        let result = try diff { scale in
            var copy = scale.editions[1]
            copy.id = "fi-2030"
            scale.editions.append(copy)
        }
        #expect(result.changes.map(\.summary) == ["edition 'fi-2030' added"])
        #expect(result.bump == .minor)
        #expect(result.addedSymbols.contains("IPSFidelityFi2030.Item.caseloadSize"))
        #expect(result.removedSymbols.isEmpty)
    }

    @Test func aRemovedEditionIsMajor() throws {
        let result = try diff { scale in
            scale.editions.removeLast()
            scale.relations = []
        }
        #expect(result.bump == .major)
        #expect(result.changes.first?.summary == "edition 'fi-2026' removed: its scores and generated types are gone")
        #expect(result.removedSymbols.contains("IPSFidelityFi2026"))
    }

    @Test func anAddedItemIsMinorAndAChangedLevelRangeMajor() throws {
        let added = try diff { scale in
            var item = scale.editions[0].sections[0].items[0]
            item.id = "caseload-mix"
            item.number = 4
            scale.editions[0].sections[0].items.append(item)
        }
        #expect(added.changes.map(\.summary) == ["item 'caseload-mix' added"])
        #expect(added.bump == .minor)
        let levels = try diff { scale in scale.editions[0].levels = 0...5 }
        #expect(levels.changes.map(\.summary) == ["levels changed from 1–5 to 0–5"])
        #expect(levels.bump == .major)
    }

    @Test func aRemovedRelationIsMajorAndAnAddedOneMinor() throws {
        let scale = try #require(Self.compiled.scale)
        let removed = try diff { scale in scale.relations.removeFirst() }
        #expect(removed.bump == .major)
        #expect(removed.changes.map(\.kind) == [.removed])
        #expect(removed.changes.first?.location?.file == "Scales/ips-fidelity/relations/2008--fi-2026.yaml")
        let first = try #require(scale.relations.first)
        let added = try diff { scale in
            var extra = first
            extra.toItem = "vocational-services-staff"
            scale.relations.append(extra)
        }
        #expect(added.bump == .minor)
    }

    @Test func bumpsAreOrderedByWhatTheyBreak() {
        #expect(VersionBump.allCases.sorted() == [.none, .patch, .minor, .major])
    }
}
