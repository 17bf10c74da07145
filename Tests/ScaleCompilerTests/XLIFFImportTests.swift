import Testing

@testable import ScaleCompiler

/// Defects 5–7 in the library: states on import, where an import may write, and a full
/// translation imported in one pass.
@Suite struct XLIFFImportTests {
    private typealias Docs = XLIFFTestDocuments

    private static let compiled = ScaleCompilation.compile(RealScale.source)

    private func scale() throws -> ScaleDefinition { try #require(Self.compiled.scale) }

    private func edition() throws -> EditionDefinition { try #require(try scale().edition("2008")) }

    private func textFile(_ language: String) throws -> SourceFile {
        let bytes = try #require(RealScale.files.first { $0.relativePath == "2008/text.\(language).yaml" }).bytes
        return SourceFile(path: "\(RealScale.directory)/2008/text.\(language).yaml", bytes: bytes)
    }

    private func apply(_ text: String) throws -> XLIFFImport.Result {
        let document = try #require(Docs.read(text).0)
        let file = try textFile("sv")
        return XLIFFImport.apply(document, xliffPath: "t.xlf", to: file, textPath: file.path, edition: try edition(), language: "sv")
    }

    // MARK: States (defect 5)

    @Test func targetsInStateInitialAreNotImportedAndAreListedOnce() throws {
        let units = [
            Docs.unit("title", source: "IPS-kvalitetsskala", target: "Utkast", state: "initial"),
            Docs.unit("sections.staffing", source: "Bemanning", target: "Personalen", state: nil),
            Docs.unit("sections.services", source: "Tjenester", target: "Insatser", state: "translated"),
        ].joined(separator: "\n")
        let result = try apply(Docs.document(units))
        #expect(result.changed == ["sections.services"])
        #expect(result.initialKeys == ["title", "sections.staffing"])
        let warnings = result.diagnostics.filter { $0.code == .xliffInitialState }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message == "not imported: 2 units in state initial: title, sections.staffing")
        #expect(warnings.first?.location == SourceLocation(file: "t.xlf", line: 4, column: 1))
    }

    @Test func reviewedAndFinalTargetsAreRecordedAsReviewed() throws {
        let units = [
            Docs.unit("title", source: "IPS-kvalitetsskala", target: "Programtrohetsskalan", state: "final"),
            Docs.unit("sections.staffing", source: "Bemanning", target: "Personal", state: "reviewed"),
            Docs.unit("sections.services", source: "Tjenester", target: "Insatser", state: "translated"),
            Docs.unit("sections.organization", source: "Organisasjon", target: "Ny", state: "final"),
        ].joined(separator: "\n")
        let result = try apply(Docs.document(units))
        #expect(result.reviewedKeys == ["title", "sections.staffing", "sections.organization"])
        #expect(result.changed == ["sections.services", "sections.organization"])
        #expect(result.unchanged == 2)
    }

    @Test func aStaleEntryIsExportedAsInitialWithTheOldAndNewSource() throws {
        let mutation = ScaleMutation(
            name: "stale", file: "2008/text.nb.yaml", edit: .replace("title: Deltakerportefølje", with: "title: Deltakerporteføljen"))
        let files = try #require(mutation.apply(to: RealScale.files))
        let source = ScaleSource(directory: RealScale.directory, files: files)
        let result = ScaleCompilation.compile(source)
        let scale = try #require(result.scale)
        let edition = try #require(scale.edition("2008"))
        let status = try #require(result.translations.first { $0.edition == "2008" && $0.language == "sv" })
        let previous = XLIFFSnapshotSources.previousSources(in: source, edition: "2008", language: "sv")
        let xliff = XLIFFWriter.document(scale: scale, edition: edition, language: "sv", status: status, previousSources: previous)
        #expect(
            xliff.contains(
                """
                        <note category="scalec:source-was">nb was: Deltakerportefølje</note>
                        <note category="scalec:source-now">nb is now: Deltakerporteføljen</note>
                      </notes>
                      <segment state="initial" subState="scalec:stale">
                        <source>Deltakerporteføljen</source>
                        <target>Klientgruppens storlek</target>
                """))
        #expect(xliff.components(separatedBy: "subState=").count == 2)
        // Imported back unchanged, it stays out and is listed.
        let document = try #require(Docs.read(xliff).0)
        let file = try textFile("sv")
        let imported = XLIFFImport.apply(document, xliffPath: "t.xlf", to: file, textPath: file.path, edition: edition, language: "sv")
        #expect(imported.initialKeys == ["items.caseload-size.title"])
        #expect(imported.changed.isEmpty)
        #expect(!imported.reviewedKeys.contains("items.caseload-size.title"))
    }

    // MARK: Where an import writes (defect 6)

    @Test(arguments: [
        ("../x", "invalid-language-tag"), ("/tmp/evil", "invalid-language-tag"), ("x/../structure", "invalid-language-tag"),
        ("", "invalid-language-tag"), ("sv.yaml", "invalid-language-tag"), ("nb", "xliff-invalid"), ("NB", "xliff-invalid"),
    ])
    func aTargetLanguageThatIsNotATranslationsTagIsAnErrorAtTrgLang(tag: String, code: String) throws {
        let text = Docs.document("", trgLang: tag)
        let document = try #require(Docs.read(text).0)
        let (destination, problems) = XLIFFImport.destination(of: document, in: try scale())
        #expect(destination == nil)
        #expect(problems.count == 1)
        #expect(problems.first?.code.rawValue == code)
        #expect(problems.first?.location == SourceLocation(file: "t.xlf", line: 2, column: column(of: "trgLang", inLine: 2, of: text)))
    }

    @Test func aMissingTrgLangOrAnUnknownEditionIsALocatedError() throws {
        let missing = try #require(Docs.read(Docs.document("", trgLang: nil)).0)
        let (none, problems) = XLIFFImport.destination(of: missing, in: try scale())
        #expect(none == nil)
        #expect(problems.map(\.message) == ["<xliff> has no trgLang: name the language of the targets (trgLang=\"sv\")"])
        #expect(problems.first?.location == SourceLocation(file: "t.xlf", line: 2, column: 1))
        let text = Docs.document("", fileID: "../2008")
        let unknown = try #require(Docs.read(text).0)
        let (elsewhere, editionProblems) = XLIFFImport.destination(of: unknown, in: try scale())
        #expect(elsewhere == nil)
        #expect(editionProblems.first?.message.hasPrefix("'../2008' is not an edition of scale 'ips-fidelity'") == true)
        #expect(editionProblems.first?.location == SourceLocation(file: "t.xlf", line: 3, column: column(of: "id=", inLine: 3, of: text)))
    }

    @Test func theDestinationIsAlwaysTheEditionsTextFileForTheTag() throws {
        let document = try #require(Docs.read(Docs.document("", trgLang: "sv-fi")).0)
        let (destination, problems) = XLIFFImport.destination(of: document, in: try scale())
        #expect(problems.isEmpty)
        #expect(destination?.relativePath == "2008/text.sv-FI.yaml")
    }

    private func column(of needle: String, inLine line: Int, of text: String) -> Int {
        let lineText = String(text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1])
        guard let range = lineText.range(of: needle) else { return 0 }
        return lineText.utf8.distance(from: lineText.startIndex, to: range.lowerBound) + 1
    }

    // MARK: One pass (defect 7)

    /// The Swedish text with every entry (titles, definitions, criteria, section titles) taken
    /// out, the manual material kept: what a full translation is imported into.
    static func blanked(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let entries = ["title:", "sections:", "    title:", "    definition:", "    note:", "    criteria:"]
        func indent(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
        var kept: [Substring] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            guard entries.contains(where: { line.hasPrefix($0) && indent(line) == indent(Substring($0)) }) else {
                kept.append(line)
                continue
            }
            while index < lines.count, lines[index].isEmpty || (indent(lines[index]) > indent(line) && !lines[index].drop { $0 == " " }.hasPrefix("#")) {
                index += 1
            }
        }
        return kept.joined(separator: "\n")
    }

    /// The speed is measured in Benchmarks/ (no test asserts a time); here: one pass that
    /// applies all 73 entries and gives every one back exactly.
    @Test func aFullTranslationImportsInOnePass() throws {
        let scale = try scale()
        let status = Self.compiled.translations.first { $0.edition == "2008" && $0.language == "sv" }
        let xliff = XLIFFWriter.document(scale: scale, edition: try edition(), language: "sv", status: status)
        let original = try textFile("sv")
        let blank = SourceFile(path: original.path, text: Self.blanked(String(decoding: original.bytes, as: UTF8.self)))
        let files = RealScale.files.map { $0.relativePath == "2008/text.sv.yaml" ? ($0.relativePath, blank.bytes) : $0 }
        let blankCompile = ScaleCompilation.compile(ScaleSource(directory: RealScale.directory, files: files))
        let blankEdition = try #require(blankCompile.scale?.edition("2008"))
        #expect(blankEdition.text(in: "sv")?.items["caseload-size"]?.title == nil)
        let document = try #require(Docs.read(xliff).0)

        let result = XLIFFImport.apply(document, xliffPath: "t.xlf", to: blank, textPath: blank.path, edition: blankEdition, language: "sv")

        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.changed.count == 73)
        // The imported file gives back every Swedish entry exactly.
        let edited = try #require(result.file)
        let after = RealScale.files.map { $0.relativePath == "2008/text.sv.yaml" ? ($0.relativePath, edited.bytes) : $0 }
        let recompiled = ScaleCompilation.compile(ScaleSource(directory: RealScale.directory, files: after))
        #expect(!recompiled.hasErrors)
        let sv = try #require(try edition().text(in: "sv"))
        let imported = try #require(recompiled.scale?.edition("2008")?.text(in: "sv"))
        for entry in TextEntries.sourceEntries(of: try edition()) {
            #expect(TextEntries.text(entry.key, in: imported) == TextEntries.text(entry.key, in: sv), "\(entry.key)")
        }
    }

    @Test func theBatchEditGivesWhatEditingOneByOneGives() throws {
        // Insertions: every entry into a file that has only its header.
        let edition = try edition()
        let sv = try #require(edition.text(in: "sv"))
        let header = SourceFile(path: "text.sv.yaml", text: "schema: 1\nedition: \"2008\"\nlanguage: sv\n# kept\nabsent: [levels, bands, data-sources]")
        let all = TextEntries.sourceEntries(of: edition).compactMap { entry in
            TextEntries.text(entry.key, in: sv).map { YAMLBatchEditor.Edit(path: XLIFFImport.path(of: entry.key), text: $0) }
        }
        // Replacements in the real file, of plain, quoted and folded scalars.
        let real = try textFile("sv")
        let replacements = [
            ("title", "Ny titel: med kolon"), ("sections.staffing", "Personal & ledning"),
            ("items.caseload-size.title", "Klientgruppens storlek"),
            ("items.caseload-size.definition", String(repeating: "Ett mycket långt ord i en vikt text. ", count: 6)),
            ("items.vocational-generalists.definition", "  leading spaces keep it quoted"),
        ].map { YAMLBatchEditor.Edit(path: XLIFFImport.path(of: $0.0), text: $0.1) }
        for (file, edits) in [(header, all), (real, replacements)] {
            var editor = YAMLEditor(file)
            for edit in edits { try editor.set(edit.path, to: edit.text) }
            let batch = YAMLBatchEditor.apply(edits, to: file)
            #expect(batch.failures.isEmpty)
            #expect(String(decoding: batch.file.bytes, as: UTF8.self) == String(decoding: editor.file.bytes, as: UTF8.self))
        }
    }

    @Test func aBatchEditThatCannotBeMadeLeavesTheOthersApplied() throws {
        let file = SourceFile(path: "t.yaml", text: "schema: 1\nsections: {staffing: Personal}\nitems:\n  a:\n    title: A\n")
        let edits = [
            YAMLBatchEditor.Edit(path: ["sections", "services"], text: "x"),
            YAMLBatchEditor.Edit(path: ["items", "a", "title", "deeper"], text: "x"),
            YAMLBatchEditor.Edit(path: ["items", "a", "definition"], text: "D"),
            YAMLBatchEditor.Edit(path: ["items", "a", "definition"], text: "again"),
        ]
        let outcome = YAMLBatchEditor.apply(edits, to: file)
        #expect(outcome.failures.map(\.index) == [0, 1, 3])
        #expect(outcome.failures.first?.error == .flowMapping(path: "sections"))
        #expect(String(decoding: outcome.file.bytes, as: UTF8.self) == "schema: 1\nsections: {staffing: Personal}\nitems:\n  a:\n    title: A\n    definition: D\n")
    }
}
