import Foundation
import GoldenFiles
import Testing

/// `scalec check` and `scalec generate` as a maintainer and the plugin run them.
@Suite struct CheckAndGenerateTests {
    @Test func checkIsCleanOnTheRealScale() throws {
        let output = try ScalecRunner.run(["check", "Scales/ips-fidelity"])
        #expect(output.status == 0)
        #expect(output.stderr == "Scales/ips-fidelity: no problems found\n")
    }

    @Test func checkReportsEveryErrorAndFailsOnABrokenCopy() throws {
        let folder = try ScalecRunner.copyOfRealScale(named: "broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScalecRunner.edit(folder.appendingPathComponent("broken/2008/structure.yaml"), replacing: "kind: rated", with: "kind: rate")
        try ScalecRunner.edit(folder.appendingPathComponent("broken/2008/text.nb.yaml"), replacing: "not-ips: Ikke IPS", with: "not-ips: no")
        let output = try ScalecRunner.run(["check", "broken"], in: folder)
        #expect(output.status == 1)
        Golden.check(output.stderr, named: "check-broken.txt")
    }

    @Test func checkPrintsJSON() throws {
        let folder = try ScalecRunner.copyOfRealScale(named: "broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScalecRunner.edit(folder.appendingPathComponent("broken/2008/structure.yaml"), replacing: "max: 114", with: "max: 113")
        let output = try ScalecRunner.run(["check", "broken", "--format", "json"], in: folder)
        #expect(output.status == 1)
        let diagnostics = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["code"] as? String == "band-gap")
        // The gap 114 is reported where the band above it starts (exemplary).
        let structure = try String(contentsOf: folder.appendingPathComponent("broken/2008/structure.yaml"), encoding: .utf8)
        let bandLine = structure.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("{id: exemplary") }.map { $0 + 1 }
        #expect((diagnostics.first?["location"] as? [String: Any])?["line"] as? Int == bandLine)
    }

    @Test func generateWritesNothingOnError() throws {
        let folder = try ScalecRunner.copyOfRealScale(named: "broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScalecRunner.edit(folder.appendingPathComponent("broken/2008/structure.yaml"), replacing: "max: 5}", with: "max: 6}")
        let target = folder.appendingPathComponent("out/ScaleTables.swift")
        let output = try ScalecRunner.run(["generate", "broken", "--output", target.path], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.contains("error: [missing-level] measured item 'caseload-size' has no threshold for level 6"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func generateKeepsAnUnchangedFileUntouched() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("ScaleTables.swift")
        let arguments = ["generate", "ips-fidelity", "--output", target.path]
        #expect(try ScalecRunner.run(arguments, in: folder).status == 0)
        let old = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: target.path)
        #expect(try ScalecRunner.run(arguments, in: folder).status == 0)
        let modified = try FileManager.default.attributesOfItem(atPath: target.path)[.modificationDate] as? Date
        #expect(modified == old)
        let code = try String(contentsOf: target, encoding: .utf8)
        #expect(code.contains("//   ips-fidelity/2008/structure.yaml"))
    }

    @Test func aMissingFolderIsAClearError() throws {
        let output = try ScalecRunner.run(["check", "Scales/no-such-scale"])
        #expect(output.status == 1)
        #expect(output.stderr == "error: 'Scales/no-such-scale' is not a scale folder (no such directory)\n")
    }
}

/// `scalec --version` prints the release the changelog names.
@Suite struct VersionTests {
    @Test func printsTheVersionTheChangelogNames() throws {
        let run = try ScalecRunner.run(["--version"])
        #expect(run.status == 0)
        let version = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let changelog = try String(contentsOf: ScalecRunner.packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        #expect(changelog.contains("## \(version)"))
    }
}
