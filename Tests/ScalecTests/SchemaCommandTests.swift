import Foundation
import Testing

/// `scalec schema`: the committed schemas are what the command prints and writes, and the
/// files' schema comments survive the commands that rewrite them.
@Suite struct SchemaCommandTests {
    static let kinds = ["scale", "structure", "text", "text-sources", "relations", "glossary"]

    static func committed(_ kind: String) throws -> String {
        try String(contentsOf: ScalecRunner.packageRoot.appendingPathComponent("Schemas/\(kind).schema.json"), encoding: .utf8)
    }

    @Test(arguments: kinds)
    func printsTheCommittedSchema(kind: String) throws {
        let run = try ScalecRunner.run(["schema", kind])
        #expect(run.status == 0)
        #expect(run.stdout == (try Self.committed(kind)))
    }

    @Test func writesEverySchemaIntoAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-schemas-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ScalecRunner.run(["schema", "--write", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        for kind in Self.kinds {
            let written = try String(contentsOf: folder.appendingPathComponent("\(kind).schema.json"), encoding: .utf8)
            #expect(written == (try Self.committed(kind)))
        }
    }

    @Test func needsAKindOrAFolder() throws {
        let run = try ScalecRunner.run(["schema"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("name a kind of file, or --write <folder> for all of them"))
        #expect(try ScalecRunner.run(["schema", "structures"]).status != 0)
    }

    @Test func printsAYAMLFileAsJSON() throws {
        let run = try ScalecRunner.run(["schema", "--json-of", "Scales/ips-fidelity/scale.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["id"] as? String == "ips-fidelity")
        #expect(json["schema"] as? Int == 1)
    }

    @Test func aFileThatIsNotYAMLIsAnErrorAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-json-of-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("schema: 1\nid: [unclosed\n".utf8).write(to: folder.appendingPathComponent("scale.yaml"))
        let run = try ScalecRunner.run(["schema", "--json-of", "scale.yaml"], in: folder)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("scale.yaml:2:"))
    }

    /// `scalec refresh` writes the snapshot anew; the schema comment on its first line stays.
    @Test func refreshKeepsTheSnapshotsSchemaComment() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = folder.appendingPathComponent("ips-fidelity/2008/text.sv.sources.yaml")
        let before = try String(contentsOf: snapshot, encoding: .utf8)
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/2008/text.nb.yaml"), replacing: "title: Deltakerportefølje",
            with: "title: Deltakerporteføljen")
        let refresh = try ScalecRunner.run(["refresh", "ips-fidelity", "--edition", "2008", "--language", "sv"], in: folder)
        #expect(refresh.status == 0, "\(refresh.stderr)")
        let after = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(after != before)
        #expect(after.hasPrefix("schema: 1  # yaml-language-server: $schema=../../../Schemas/text-sources.schema.json\n"))
        #expect(try ScalecRunner.run(["check", "ips-fidelity"], in: folder).status == 0)
    }

    /// The first snapshot of a new language takes the comment of the snapshot beside it.
    @Test func aNewSnapshotTakesItsSiblingsSchemaComment() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(LocaliserWorkflowTests.danish.utf8).write(to: folder.appendingPathComponent("ips-fidelity/2008/text.da.yaml"))
        let refresh = try ScalecRunner.run(["refresh", "ips-fidelity", "--edition", "2008", "--language", "da"], in: folder)
        #expect(refresh.status == 0, "\(refresh.stderr)")
        let created = try String(contentsOf: folder.appendingPathComponent("ips-fidelity/2008/text.da.sources.yaml"), encoding: .utf8)
        #expect(created.hasPrefix("schema: 1  # yaml-language-server: $schema=../../../Schemas/text-sources.schema.json\n# Written by"))
    }

    /// Refreshing an unchanged translation gives back the committed snapshot byte for byte.
    @Test func refreshingTheRealScaleChangesNothing() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshot = folder.appendingPathComponent("ips-fidelity/2008/text.sv.sources.yaml")
        let before = try Data(contentsOf: snapshot)
        #expect(try ScalecRunner.run(["refresh", "ips-fidelity", "--edition", "2008", "--language", "sv"], in: folder).status == 0)
        #expect(try Data(contentsOf: snapshot) == before)
    }
}
