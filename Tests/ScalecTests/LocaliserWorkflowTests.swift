import Foundation
import GoldenFiles
import Testing

/// A localiser's day: add a language with one file, see coverage, go stale, refresh.
@Suite struct LocaliserWorkflowTests {
    static let danish = """
        schema: 1
        edition: "2008"
        language: da
        title: IPS-kvalitetsskala
        sections:
          staffing: Bemanding
        items:
          caseload-size:
            title: Klientantal
            definition: Hver jobspecialist har sit eget klientantal på højst 20 deltagere.
            levels:
              5: 20 eller færre deltagere per jobspecialist.

        """

    private func scaleWithDanish() throws -> URL {
        let folder = try ScalecRunner.copyOfRealScale()
        try Data(Self.danish.utf8).write(to: folder.appendingPathComponent("ips-fidelity/2008/text.da.yaml"))
        return folder
    }

    @Test func aLanguageAddedInOneFileAppearsEverywhere() throws {
        let folder = try scaleWithDanish()
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(check.status == 0)
        #expect(check.stderr.contains("ips-fidelity/2008/text.da.yaml:3:11: warning: [missing-translation] 'da' lacks"))
        let coverage = try ScalecRunner.run(["coverage", "ips-fidelity", "--format", "json"], in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(coverage.stdout.utf8)) as? [String: Any])
        let rows = try #require(report["rows"] as? [[String: Any]])
        let danish = try #require(rows.first { $0["edition"] as? String == "2008" && $0["language"] as? String == "da" })
        #expect(danish["present"] as? Int == 5)
        #expect(danish["unverified"] as? Int == 5)
        // The build's warning counts what coverage counts.
        let lacking = (danish["missing"] as? Int ?? -1) + (danish["fallback"] as? Int ?? -1)
        #expect(check.stderr.contains("'da' lacks \(lacking) of 218 entries"))
        // Coverage lists only the languages an edition has, unless asked; filters narrow it.
        let filtered = try ScalecRunner.run(["coverage", "ips-fidelity", "--edition", "2008", "--language", "da"], in: folder)
        #expect(filtered.stdout.contains("Edition 2008") && !filtered.stdout.contains("Edition fi-2026"))
        #expect(!filtered.stdout.contains("nb (source)"))
        let defaultRows = try ScalecRunner.run(["coverage", "ips-fidelity", "--edition", "fi-2026"], in: folder)
        #expect(!defaultRows.stdout.contains("\n  da "))
        let everyLanguage = try ScalecRunner.run(["coverage", "ips-fidelity", "--edition", "fi-2026", "--all-languages"], in: folder)
        #expect(everyLanguage.stdout.contains("\n  da "))
        let output = folder.appendingPathComponent("ScaleTables.swift")
        #expect(try ScalecRunner.run(["generate", "ips-fidelity", "--output", output.path], in: folder).status == 0)
        let code = try String(contentsOf: output, encoding: .utf8)
        #expect(code.contains("case da = \"da\""))
        #expect(code.contains("\"Klientantal\""))
        let export = try ScalecRunner.run(["export", "ips-fidelity", "--edition", "2008", "--language", "da"], in: folder)
        #expect(export.status == 0)
        #expect(export.stdout.contains("\"title\" : \"Klientantal\""))
    }

    @Test func editingASourceAnchorMakesItsTranslationStaleUntilRefreshed() throws {
        let folder = try scaleWithDanish()
        defer { try? FileManager.default.removeItem(at: folder) }
        let refresh = try ScalecRunner.run(["refresh", "ips-fidelity", "--edition", "2008", "--language", "da"], in: folder)
        #expect(refresh.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ips-fidelity/2008/text.da.sources.yaml").path))
        #expect(!(try ScalecRunner.run(["check", "ips-fidelity"], in: folder)).stderr.contains("stale"))

        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/2008/text.nb.yaml"),
            replacing: "5: 20 eller færre deltakere per jobbspesialist.",
            with: "5: 20 eller færre deltakere per heltidsansatt jobbspesialist.")
        let stale = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(stale.status == 0)
        let lines = stale.stderr.split(separator: "\n").filter { $0.contains("stale-translation") || $0.contains("note: nb") }
        Golden.check(lines.joined(separator: "\n") + "\n", named: "stale-translation.txt")
        let coverage = try ScalecRunner.run(["coverage", "ips-fidelity", "--details"], in: folder)
        #expect(coverage.stdout.contains("stale    items.caseload-size.levels.5"))

        #expect(try ScalecRunner.run(["refresh", "ips-fidelity", "--edition", "2008", "--language", "da"], in: folder).status == 0)
        #expect(!(try ScalecRunner.run(["check", "ips-fidelity"], in: folder)).stderr.contains("stale"))
    }

    @Test func aReleaseCanMakeStaleTranslationsErrors() throws {
        let folder = try scaleWithDanish()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ScalecRunner.run(["refresh", "ips-fidelity", "--edition", "2008", "--language", "da"], in: folder).status == 0)
        let scaleFile = folder.appendingPathComponent("ips-fidelity/scale.yaml")
        let text = try String(contentsOf: scaleFile, encoding: .utf8) + "translations:\n  da: {stale: error}\n"
        try text.write(to: scaleFile, atomically: true, encoding: .utf8)
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/2008/text.nb.yaml"), replacing: "title: Deltakerportefølje",
            with: "title: Deltakerporteføljen")
        let check = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("error: [stale-translation] 'items.caseload-size.title' in 'da'"))
        // Refresh is what resolves it, so stale errors do not block it.
        #expect(try ScalecRunner.run(["refresh", "ips-fidelity", "--edition", "2008", "--language", "da"], in: folder).status == 0)
        #expect(try ScalecRunner.run(["check", "ips-fidelity"], in: folder).status == 0)
    }
}
