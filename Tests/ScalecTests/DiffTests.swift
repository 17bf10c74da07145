import Foundation
import GoldenFiles
import Testing

/// `scalec diff` on real edits of a copy of the IPS scale, each classified as the rules say.
@Suite struct DiffTests {
    /// Two copies of the real scale, `old` and `new`, in a fresh folder.
    private struct Versions {
        let folder: URL
        var old: URL { folder.appendingPathComponent("old") }
        var new: URL { folder.appendingPathComponent("new") }

        init() throws {
            folder = try ScalecRunner.copyOfRealScale(named: "old")
            try FileManager.default.copyItem(at: old, to: new)
        }

        func edit(_ file: String, _ find: String, _ replacement: String) throws {
            try ScalecRunner.edit(new.appendingPathComponent(file), replacing: find, with: replacement)
        }

        func diff(_ extra: [String] = []) throws -> ScalecRunner.Output {
            try ScalecRunner.run(["diff", "old", "new"] + extra, in: folder)
        }

        func json() throws -> [String: Any] {
            let output = try diff(["--format", "json"])
            #expect(output.status == 0, "\(output.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    private func changes(_ report: [String: Any]) -> [[String: Any]] { report["changes"] as? [[String: Any]] ?? [] }

    @Test func anUnchangedCopyHasNoChanges() throws {
        let versions = try Versions()
        defer { versions.remove() }
        let output = try versions.diff()
        #expect(output.status == 0)
        #expect(output.stdout == "Comparing old with new\nNo changes (bump: none)\n")
    }

    @Test func aMovedKeyIsNoChange() throws {
        let versions = try Versions()
        defer { versions.remove() }
        try versions.edit("2008/structure.yaml", "levels: {min: 1, max: 5}", "levels: {max: 5, min: 1}")
        try versions.edit("2008/structure.yaml", "# The nb scale numbers items", "# Reworded comment. The nb scale numbers items")
        #expect(try versions.json()["bump"] as? String == "none")
    }

    @Test func aThresholdChangeIsMajorAndLocatedAtTheLevel() throws {
        let versions = try Versions()
        defer { versions.remove() }
        try versions.edit("2008/structure.yaml", "1: {at-least: 41}\n            2: {at-least: 31, at-most: 40}", "1: {at-least: 42}\n            2: {at-least: 31, at-most: 41}")
        let report = try versions.json()
        #expect(report["bump"] as? String == "major")
        let found = changes(report)
        #expect(found.map { $0["path"] as? String } == [
            "editions/2008/items/caseload-size/measure/levels/1", "editions/2008/items/caseload-size/measure/levels/2",
        ])
        #expect(found.first?["location"] as? String == "new/2008/structure.yaml:35:13")
        #expect(found.first?["kind"] as? String == "changed")
        Golden.check(try versions.diff().stdout, named: "diff-threshold.txt")
        Golden.check(try versions.diff(["--format", "json"]).stdout, named: "diff-threshold.json")
    }

    @Test func aTextChangeIsAPatch() throws {
        let versions = try Versions()
        defer { versions.remove() }
        try versions.edit("2008/text.nb.yaml", "Deltakerportefølje", "Deltakerporteføljen")
        let report = try versions.json()
        #expect(report["bump"] as? String == "patch")
        #expect(changes(report).map { $0["path"] as? String } == ["editions/2008/languages/nb/items/caseload-size/title"])
        #expect(changes(report).first?["location"] as? String == "new/2008/text.nb.yaml:30:5")
        #expect((report["symbols"] as? [String: [String]]) == ["added": [], "removed": []])
    }

    @Test func aBandChangeIsMajor() throws {
        let versions = try Versions()
        defer { versions.remove() }
        try versions.edit("2008/structure.yaml", "{id: good, min: 100, max: 114}", "{id: good, min: 101, max: 114}")
        try versions.edit("2008/structure.yaml", "{id: fair, min: 74, max: 99}", "{id: fair, min: 74, max: 100}")
        let report = try versions.json()
        #expect(report["bump"] as? String == "major")
        #expect(changes(report).map { $0["summary"] as? String } == [
            "band 'good' changed from 100–114 to 101–114", "band 'fair' changed from 74–99 to 74–100",
        ])
    }

    @Test func aRelationKindChangeIsMajorAndItsNoteAPatch() throws {
        let versions = try Versions()
        defer { versions.remove() }
        try versions.edit(
            "relations/2008--fi-2026.yaml", "Same construct (clients per full-time specialist, at most 20)",
            "The same construct (clients per full-time specialist, at most 20)")
        #expect(try versions.json()["bump"] as? String == "patch")
        try versions.edit(
            "relations/2008--fi-2026.yaml", "  - from: vocational-services-staff\n    to: vocational-services-staff\n    relation: identical",
            "  - from: vocational-services-staff\n    to: vocational-services-staff\n    relation: reworded")
        let report = try versions.json()
        #expect(report["bump"] as? String == "major")
        let kinds = changes(report).filter { $0["bump"] as? String == "major" }
        #expect(kinds.map { $0["summary"] as? String } == ["relation 2008:vocational-services-staff → fi-2026:vocational-services-staff changed from identical to reworded"])
        #expect((kinds.first?["location"] as? String)?.hasPrefix("new/relations/2008--fi-2026.yaml:") == true)
    }

    @Test func aRemovedLanguageIsMajorAndAnAddedOneMinor() throws {
        let versions = try Versions()
        defer { versions.remove() }
        try FileManager.default.removeItem(at: versions.new.appendingPathComponent("2008/text.sv.yaml"))
        try FileManager.default.removeItem(at: versions.new.appendingPathComponent("2008/text.sv.sources.yaml"))
        try FileManager.default.removeItem(at: versions.new.appendingPathComponent("glossary/sv.yaml"))
        try versions.edit("scale.yaml", "fallbacks:\n  sv-FI: sv\n", "")
        let report = try versions.json()
        #expect(report["bump"] as? String == "major")
        #expect(changes(report).filter { $0["bump"] as? String == "major" }.map { $0["path"] as? String } == ["editions/2008/languages/sv"])
        #expect((report["symbols"] as? [String: [String]])?["removed"] == ["IPSFidelity2008.Language.sv"])
        // The other way round: the language is added.
        let reverse = try ScalecRunner.run(["diff", "new", "old", "--format", "json"], in: versions.folder)
        let added = try #require(try JSONSerialization.jsonObject(with: Data(reverse.stdout.utf8)) as? [String: Any])
        #expect(added["bump"] as? String == "minor")
        #expect((added["symbols"] as? [String: [String]])?["added"] == ["IPSFidelity2008.Language.sv"])
    }

    /// A rename of the item `disclosure` through every file that names it: one major rename
    /// (the relation follows it), and the generated symbols move.
    @Test func aRenamedItemIsMajorAndMovesItsSymbols() throws {
        let versions = try Versions()
        defer { versions.remove() }
        for file in ["2008/structure.yaml", "2008/text.nb.yaml", "2008/text.sv.yaml", "2008/text.sv.sources.yaml"] {
            let url = versions.new.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let renamed = text.replacingOccurrences(of: "(?<![\\w-])disclosure(?![\\w-])", with: "workplace-disclosure", options: .regularExpression)
            try renamed.write(to: url, atomically: true, encoding: .utf8)
        }
        try versions.edit("relations/2008--fi-2026.yaml", "from: disclosure", "from: workplace-disclosure")
        let output = try versions.diff()
        #expect(output.status == 0, "\(output.stderr)")
        Golden.check(output.stdout, named: "diff-rename.txt")
        let report = try versions.json()
        let major = changes(report).filter { $0["bump"] as? String == "major" }
        #expect(major.map { $0["kind"] as? String } == ["renamed"])
        let symbols = try #require(report["symbols"] as? [String: [String]])
        #expect(symbols["removed"]?.contains("IPSFidelity2008.Item.disclosure") == true)
        #expect(symbols["added"]?.contains("IPSFidelity2008.Item.workplaceDisclosure") == true)
    }

    @Test func aChangedCriteriaMapIsMajor() throws {
        let versions = try Versions()
        defer { versions.remove() }
        try versions.edit("2008/structure.yaml", "          3: 4\n          4: 5\n        caps:", "          3: 3\n          4: 5\n        caps:")
        let report = try versions.json()
        #expect(report["bump"] as? String == "major")
        #expect(changes(report).map { $0["summary"] as? String } == ["item 'disclosure': levels by count of criteria changed"])
        #expect(changes(report).first?["location"] as? String == "new/2008/structure.yaml:236:9")
    }

    @Test func aSideThatDoesNotCompileFailsWithItsDiagnostics() throws {
        let versions = try Versions()
        defer { versions.remove() }
        try versions.edit("2008/structure.yaml", "1: {at-least: 41}", "1: {at-least: 42}")
        let output = try versions.diff()
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("new/2008/structure.yaml:35:16: error: [undeclared-gap]"))
        #expect(output.stderr.contains("error: NEW ('new') does not compile; fix it or compare another version"))
    }

    @Test func refusesAFolderThatIsNotAScale() throws {
        let versions = try Versions()
        defer { versions.remove() }
        let output = try ScalecRunner.run(["diff", "nowhere", "new"], in: versions.folder)
        #expect(output.status == 1)
        #expect(output.stderr.contains("'nowhere' is not a scale folder"))
        let usage = try ScalecRunner.run(["diff", "old"], in: versions.folder)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("name two scale folders"))
    }

    @Test func comparesWithAGitRevision() throws {
        let versions = try Versions()
        defer { versions.remove() }
        let repo = versions.folder.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: versions.old, to: repo.appendingPathComponent("ips"))
        for arguments in [["init", "-q"], ["add", "ips"], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "first"]] {
            #expect(try Self.git(arguments, in: repo) == 0)
        }
        try ScalecRunner.edit(repo.appendingPathComponent("ips/2008/text.nb.yaml"), replacing: "Deltakerportefølje", with: "Deltakerporteføljen")
        let output = try ScalecRunner.run(["diff", "ips", "--git", "HEAD", "--format", "json"], in: repo)
        #expect(output.status == 0, "\(output.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(report["old"] as? String == "ips@HEAD")
        #expect(report["bump"] as? String == "patch")
        let unknown = try ScalecRunner.run(["diff", "ips", "--git", "no-such-rev"], in: repo)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("error: no commit 'no-such-rev' in the git repository of 'ips'"))
        let option = try ScalecRunner.run(["diff", "ips", "--git=--output=/tmp/x"], in: repo)
        #expect(option.status == 1)
        #expect(option.stderr.contains("is not a revision"))
    }

    private static func git(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
