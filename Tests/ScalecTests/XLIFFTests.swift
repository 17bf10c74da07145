import Foundation
import GoldenFiles
import Testing

/// XLIFF 2.0 round trips: export, edit in a translator's tool, import.
@Suite struct XLIFFTests {
    private func exported(_ folder: URL, language: String = "sv") throws -> String {
        let output = try ScalecRunner.run(["xliff", "export", "ips-fidelity", "--edition", "2008", "--language", language], in: folder)
        #expect(output.status == 0)
        return output.stdout
    }

    private func write(_ text: String, _ folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent("edited.xlf"))
    }

    @Test func aRoundTripChangesExactlyTheEditedTargets() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = folder.appendingPathComponent("ips-fidelity/2008/text.sv.yaml")
        let before = try String(contentsOf: yaml, encoding: .utf8)
        var xliff = try exported(folder)
        #expect(xliff.contains("<segment state=\"reviewed\">"))
        #expect(xliff.contains("<note category=\"context\">Item 1 (Bemanning): Deltakerportefølje — title</note>"))
        xliff = xliff.replacingOccurrences(of: "<target>Klientgruppens storlek</target>", with: "<target>Klientgruppens storlek &amp; omfång</target>")
        try write(xliff, folder)
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "updated items.caseload-size.title\n")
        #expect(result.stderr.contains("ips-fidelity/2008/text.sv.yaml: 1 updated, 72 unchanged, 0 conflict(s), 73 reviewed or final\n"))
        #expect(result.stderr.contains("reviewed or final: title, sections.staffing, "))
        let after = try String(contentsOf: yaml, encoding: .utf8)
        let changed = zip(before.split(separator: "\n", omittingEmptySubsequences: false), after.split(separator: "\n", omittingEmptySubsequences: false))
            .filter { $0 != $1 }
        #expect(changed.count == 1)
        #expect(changed.first?.1 == "    title: Klientgruppens storlek & omfång")
        #expect(before.split(separator: "\n").count == after.split(separator: "\n").count)

        // Importing the same file again changes nothing.
        let again = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(again.stdout.isEmpty)
        #expect(try String(contentsOf: yaml, encoding: .utf8) == after)
    }

    @Test func aSourceChangedSinceExportIsAConflictAndNotImported() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        var xliff = try exported(folder)
        xliff = xliff.replacingOccurrences(of: "<target>Klientgruppens storlek</target>", with: "<target>Ny titel</target>")
        try write(xliff, folder)
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/2008/text.nb.yaml"), replacing: "title: Deltakerportefølje",
            with: "title: Deltakerporteføljen")
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        // The stale-translation warning is the scale's own finding; the conflict is the import's.
        Golden.check(result.stderr, named: "xliff-conflict.txt")
        let strict = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf", "--strict"], in: folder)
        #expect(strict.status == 1)
    }

    /// A stale entry the translator re-translates and marks final is reviewed: its snapshot
    /// entry moves to today's source, and the stale warning is gone; other entries keep theirs.
    @Test func aFinalUnitClearsItsStalenessAndNothingElse() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/2008/text.nb.yaml"), replacing: "title: Deltakerportefølje",
            with: "title: Deltakerporteføljen")
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/2008/text.nb.yaml"), replacing: "title: Ansatte som yter arbeidsrettede tjenester",
            with: "title: Ansatte som yter arbeidsrettet oppfølging")
        let stale = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(stale.stderr.contains("items.caseload-size.title"))
        var xliff = try exported(folder)
        // Exported for re-translation: state initial. The translator fixes it and marks it final.
        let unit = try #require(xliff.range(of: "<unit id=\"items.caseload-size.title\">"))
        let segmentStart = try #require(xliff.range(of: "<segment state=\"initial\" subState=\"scalec:stale\">", range: unit.upperBound..<xliff.endIndex))
        xliff.replaceSubrange(segmentStart, with: "<segment state=\"final\">")
        xliff = xliff.replacingOccurrences(of: "<target>Klientgruppens storlek</target>", with: "<target>Klientgruppens omfång</target>")
        try write(xliff, folder)
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("recorded in 2008/text.sv.sources.yaml"))
        let after = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(!after.stderr.contains("items.caseload-size.title"), "\(after.stderr)")
        // The other stale entry was not marked: it stays stale.
        #expect(after.stderr.contains("items.vocational-services-staff.title"), "\(after.stderr)")
        let snapshot = try String(contentsOf: folder.appendingPathComponent("ips-fidelity/2008/text.sv.sources.yaml"), encoding: .utf8)
        #expect(snapshot.contains("source: \"Deltakerporteføljen\""))
        // The snapshot is written anew; its editor schema comment stays.
        #expect(snapshot.hasPrefix("schema: 1  # yaml-language-server: $schema=../../../Schemas/text-sources.schema.json\n"))
    }

    @Test func importingANewLanguageCreatesItsFile() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try exported(folder)
        // A Danish file made from the Swedish export: two targets, the rest untranslated.
        var xliff = source.replacingOccurrences(of: "trgLang=\"sv\"", with: "trgLang=\"da\"")
        xliff = xliff.replacingOccurrences(of: #"<target>[^<]*</target>"#, with: "", options: .regularExpression)
        xliff = xliff.replacingOccurrences(
            of: "<source>IPS-kvalitetsskala</source>", with: "<source>IPS-kvalitetsskala</source><target>IPS-kvalitetsskala</target>")
        xliff = xliff.replacingOccurrences(
            of: "<source>Deltakerportefølje</source>", with: "<source>Deltakerportefølje</source><target>Klientantal</target>")
        try write(xliff, folder)
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let created = try String(contentsOf: folder.appendingPathComponent("ips-fidelity/2008/text.da.yaml"), encoding: .utf8)
        // The new file takes the schema comment of the texts beside it.
        #expect(created == "schema: 1  # yaml-language-server: $schema=../../../Schemas/text.schema.json\nedition: \"2008\"\nlanguage: \"da\"\ntitle: IPS-kvalitetsskala\nitems:\n  caseload-size:\n    title: Klientantal\n")
        #expect(try ScalecRunner.run(["check", "ips-fidelity"], in: folder).status == 0)
    }

    @Test func rejectsMalformedXLIFFWithALocation() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("<?xml version=\"1.0\"?>\n<xliff version=\"2.0\" srcLang=\"nb\" trgLang=\"sv\">\n  <file id=\"2008\">\n</xliff>\n", folder)
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("edited.xlf:4:"))
        #expect(result.stderr.contains("error: [xliff-invalid]"))
    }

    @Test func writesNothingWhenTheResultWouldNotCompile() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = folder.appendingPathComponent("ips-fidelity/2008/text.sv.yaml")
        let before = try String(contentsOf: yaml, encoding: .utf8)
        var xliff = try exported(folder)
        // A target for an anchor that Swedish declares absent would contradict `absent: [levels]`.
        xliff = xliff.replacingOccurrences(
            of: "<note category=\"scale\">", with: "<note category=\"scale\">")
        xliff = xliff.replacingOccurrences(
            of: "</file>",
            with: "<unit id=\"items.caseload-size.levels.5\"><segment state=\"translated\"><source>20 eller færre deltakere per jobbspesialist.</source><target>Högst 20</target></segment></unit></file>")
        try write(xliff, folder)
        let result = try ScalecRunner.run(["xliff", "import", "./ips-fidelity/", "edited.xlf"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("absent-but-present"))
        // Compiled under the path it would be written to, named as `scalec check` names it.
        #expect(result.stderr.contains("\nips-fidelity/2008/text.sv.yaml:"))
        #expect(!result.stderr.contains("./ips-fidelity"))
        #expect(result.stderr.contains("nothing written"))
        #expect(try String(contentsOf: yaml, encoding: .utf8) == before)
    }
}
