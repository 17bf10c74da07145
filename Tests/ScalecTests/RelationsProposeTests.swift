import Foundation
import GoldenFiles
import Testing

/// `scalec relations propose`: a draft relations file that compiles, every entry pending review.
@Suite struct RelationsProposeTests {
    @Test func draftsTheRealEditionsAsAFileThatCompilesWithReviewWarnings() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("ips-fidelity/relations/2008--fi-2026.yaml"))
        let target = "ips-fidelity/relations/2008--fi-2026.yaml"
        let output = try ScalecRunner.run(["relations", "propose", "ips-fidelity", "2008", "fi-2026", "-o", target], in: folder)
        #expect(output.status == 0, "\(output.stderr)")
        let draft = try String(contentsOf: folder.appendingPathComponent(target), encoding: .utf8)
        Golden.check(draft, named: "relations-propose-2008--fi-2026.yaml")
        // 24 items share an id, 2008's vr-collaboration and fi-2026's partner-collaboration do not.
        #expect(draft.components(separatedBy: "\n    review: pending\n").count - 1 == 26)
        #expect(draft.contains("  - from: vr-collaboration\n    relation: none\n"))
        #expect(draft.contains("  - to: partner-collaboration\n    relation: none\n"))
        let check = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(check.status == 0)
        #expect(check.stderr.hasSuffix("0 errors, 26 warnings\n"))
        let warnings = check.stderr.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 26)
        #expect(warnings.allSatisfy { $0.contains("[relation-review-pending]") })
    }

    @Test func namesRescaledItemsWithADraftMapAndMatchingOnesReworded() throws {
        let output = try ScalecRunner.run(["relations", "propose", "Scales/ips-fidelity", "2008", "fi-2026"])
        #expect(output.status == 0)
        // The editions share no language (nb, sv / sv-FI), so texts are not compared: same
        // thresholds give 'reworded', never 'identical'; 'vocational-generalists' went from six
        // phases to five (a criteria map change) and is rescaled.
        #expect(output.stdout.contains("  - from: caseload-size\n    to: caseload-size\n    relation: reworded\n"))
        #expect(output.stdout.contains("  - from: vocational-generalists\n    to: vocational-generalists\n    relation: rescaled\n    level-map: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}\n    approximate: true\n"))
        #expect(!output.stdout.contains("relation: identical"))
    }

    @Test func refusesTheSameEditionTwice() throws {
        let output = try ScalecRunner.run(["relations", "propose", "Scales/ips-fidelity", "2008", "2008"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("name two different editions"))
    }

    @Test func refusesToReplaceAFileWithoutForceAndNeverAStructureFile() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let relations = "ips-fidelity/relations/2008--fi-2026.yaml"
        let before = try Data(contentsOf: folder.appendingPathComponent(relations))
        let refused = try ScalecRunner.run(["relations", "propose", "ips-fidelity", "2008", "fi-2026", "-o", relations], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("exists; pass --force to replace it with the draft"))
        #expect(try Data(contentsOf: folder.appendingPathComponent(relations)) == before)
        let structure = "ips-fidelity/2008/structure.yaml"
        let forced = try ScalecRunner.run(["relations", "propose", "ips-fidelity", "2008", "fi-2026", "-o", structure, "--force"], in: folder)
        #expect(forced.status == 1)
        #expect(forced.stderr.contains("is a file of the scale"))
        let replaced = try ScalecRunner.run(["relations", "propose", "ips-fidelity", "2008", "fi-2026", "-o", relations, "--force"], in: folder)
        #expect(replaced.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent(relations), encoding: .utf8).contains("review: pending"))
    }

    @Test func aReviewValueOtherThanPendingIsAnError() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/relations/2008--fi-2026.yaml"), replacing: "    relation: identical\n",
            with: "    relation: identical\n    review: done\n")
        let check = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: [invalid-value] 'review' can only be 'pending'; once the relation is reviewed, remove the key"))
    }
}
