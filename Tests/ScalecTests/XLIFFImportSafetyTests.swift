import Foundation
import Testing

/// Defect 6 at the command line: the file an import writes comes only from a known edition and a
/// well-formed translation tag; anything else is a located error, exit 1, and nothing written.
@Suite struct XLIFFImportSafetyTests {
    private func exported(_ folder: URL) throws -> String {
        let output = try ScalecRunner.run(["xliff", "export", "ips-fidelity", "--edition", "2008", "--language", "sv"], in: folder)
        #expect(output.status == 0)
        return output.stdout
    }

    /// Every file under the folder (links as links) and its bytes.
    private func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                result[relative] = Data(("-> " + link).utf8)
            } else {
                result[relative] = FileManager.default.contents(atPath: path) ?? Data()
            }
        }
        return result
    }

    /// The Swedish export with one target changed, so that an import would write something.
    private func edited(_ folder: URL) throws -> String {
        try exported(folder).replacingOccurrences(of: "<target>Klientgruppens storlek</target>", with: "<target>Ny titel</target>")
    }

    @Test(arguments: ["../x", "ABSOLUTE", "x/../structure", "", "MISSING", "nb", "sv/../../../escape"])
    func aHostileTargetLanguageWritesNothing(tag: String) throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let absolute = folder.appendingPathComponent("outside").path
        let replacement = tag == "MISSING" ? "" : " trgLang=\"\(tag == "ABSOLUTE" ? absolute : tag)\""
        let xliff = try edited(folder).replacingOccurrences(of: " trgLang=\"sv\"", with: replacement)
        try Data(xliff.utf8).write(to: folder.appendingPathComponent("edited.xlf"))
        let before = snapshot(folder)
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("edited.xlf:2:"), "\(result.stderr)")
        #expect(result.stderr.contains(": error: ["))
        #expect(result.stdout.isEmpty)
        #expect(snapshot(folder) == before)
    }

    @Test func aFileIDThatIsNotAnEditionWritesNothing() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xliff = try edited(folder).replacingOccurrences(of: "<file id=\"2008\">", with: "<file id=\"../2008\">")
        try Data(xliff.utf8).write(to: folder.appendingPathComponent("edited.xlf"))
        let before = snapshot(folder)
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("edited.xlf:3:9: error: [xliff-invalid] '../2008' is not an edition of scale 'ips-fidelity'"))
        #expect(snapshot(folder) == before)
    }

    @Test func aTextFileThatIsASymbolicLinkIsNotWrittenThrough() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("ips-fidelity/2008/text.sv.yaml")
        let elsewhere = folder.appendingPathComponent("elsewhere.yaml")
        try FileManager.default.moveItem(at: text, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: text, withDestinationURL: elsewhere)
        try Data(try edited(folder).utf8).write(to: folder.appendingPathComponent("edited.xlf"))
        let before = snapshot(folder)
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: 'ips-fidelity/2008/text.sv.yaml' is a symbolic link"))
        #expect(snapshot(folder) == before)
    }

    @Test func aTextFileThatIsAFolderIsRefused() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xliff = try exported(folder).replacingOccurrences(of: "trgLang=\"sv\"", with: "trgLang=\"da\"")
        try Data(xliff.utf8).write(to: folder.appendingPathComponent("edited.xlf"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("ips-fidelity/2008/text.da.yaml"), withIntermediateDirectories: true)
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: 'ips-fidelity/2008/text.da.yaml' is a folder, not a regular file"))
    }

    @Test func aStaleTranslationIsExportedForReviewAndNotImportedBack() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/2008/text.nb.yaml"), replacing: "title: Deltakerportefølje",
            with: "title: Deltakerporteføljen")
        let xliff = try exported(folder)
        #expect(xliff.contains("<segment state=\"initial\" subState=\"scalec:stale\">"))
        #expect(xliff.contains("<note category=\"scalec:source-was\">nb was: Deltakerportefølje</note>"))
        try Data(xliff.utf8).write(to: folder.appendingPathComponent("edited.xlf"))
        let result = try ScalecRunner.run(["xliff", "import", "ips-fidelity", "edited.xlf"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: [xliff-initial-state] not imported: 1 unit in state initial: items.caseload-size.title\n"))
        #expect(result.stderr.contains(": 0 updated, 72 unchanged, 0 conflict(s), 1 in state initial (not imported), 72 reviewed or final\n"))
    }
}
