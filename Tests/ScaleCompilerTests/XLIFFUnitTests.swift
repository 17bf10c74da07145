import Testing

@testable import ScaleCompiler

/// Defects 2–4 and the reading half of 5: inline markup is an error (never dropped), segments
/// join into one text, duplicate ids are refused, and states are read.
@Suite struct XLIFFUnitTests {
    private typealias Docs = XLIFFTestDocuments

    @Test func inlineMarkupIsALocatedErrorNeverDropped() {
        let units = [
            Docs.unit("title", source: "A", target: "Ett <ph id=\"1\"/> två"),
            Docs.unit("sections.staffing", source: "B", target: "<pc id=\"1\">fet</pc>"),
            Docs.unit("sections.services", source: "<mrk id=\"m\" translate=\"no\">C</mrk>", target: "C"),
            Docs.unit("bands.good", source: "D", target: "<sc id=\"1\"/>x<ec startRef=\"1\"/>"),
            Docs.unit("bands.fair", source: "E", target: "<sm id=\"1\"/>x<em startRef=\"1\"/>"),
            Docs.unit("bands.poor", source: "F", target: "x<my:b xmlns:my=\"urn:example\">y</my:b>"),
        ].joined(separator: "\n")
        let (document, diagnostics) = Docs.read(Docs.document(units))
        #expect(document?.units.isEmpty == true)
        let rendered = diagnostics.map { "\($0.location.line):\($0.location.column): [\($0.code.rawValue)] \($0.message)" }
        let message = "inline markup cannot be imported into plain scale text; replace it with the text it stands for"
        #expect(
            rendered == [
                "4:76: [xliff-inline-markup] '<ph>' \(message)",
                "5:84: [xliff-inline-markup] '<pc>' \(message)",
                "6:66: [xliff-inline-markup] '<mrk>' \(message)",
                "7:77: [xliff-inline-markup] '<sc>' \(message)",
                "7:90: [xliff-inline-markup] '<ec>' \(message)",
                "8:77: [xliff-inline-markup] '<sm>' \(message)",
                "8:90: [xliff-inline-markup] '<em>' \(message)",
                "9:78: [xliff-inline-markup] '<my:b>' \(message)",
            ])
    }

    @Test func aCodePointElementIsItsCharacter() throws {
        let (document, diagnostics) = Docs.read(Docs.document(Docs.unit("title", source: "A", target: "x<cp hex=\"263A\"/>y<cp hex=\"9\"/>z")))
        #expect(diagnostics.isEmpty)
        #expect(try #require(document).units.first?.target == "x☺y\tz")
        for hex in ["0", "1B", "85", "2028", "FFFF", "D800", "110000", "xyz", ""] {
            let (rejected, problems) = Docs.read(Docs.document(Docs.unit("title", source: "A", target: "<cp hex=\"\(hex)\"/>")))
            #expect(rejected?.units.isEmpty == true)
            #expect(problems.count == 1 && problems.first?.code == .xliffInvalid, "\(hex): \(problems)")
        }
    }

    @Test func aTargetWithACharacterScaleTextCannotHoldIsRefused() {
        let (document, diagnostics) = Docs.read(Docs.document(Docs.unit("title", source: "A", target: "a\u{2028}b")))
        #expect(document?.units.isEmpty == true)
        #expect(diagnostics.first?.message.contains("contains U+2028") == true)
    }

    @Test func segmentsAndIgnorablesJoinInOrder() throws {
        let unit = """
            <unit id="items.caseload-size.definition">
              <segment state="reviewed"><source>Hver jobbspesialist har individuelle deltakerporteføljer.</source><target>Arbetscoacherna har egna klientgrupper.</target></segment>
              <ignorable><source> </source></ignorable>
              <segment state="final"><source>Porteføljestørrelsen er maksimalt 20.</source><target>Högst 20 klienter.</target></segment>
            </unit>
            """
        let (document, diagnostics) = Docs.read(Docs.document(unit))
        #expect(diagnostics.isEmpty)
        let read = try #require(document?.units.first)
        #expect(read.source == "Hver jobbspesialist har individuelle deltakerporteføljer. Porteføljestørrelsen er maksimalt 20.")
        #expect(read.target == "Arbetscoacherna har egna klientgrupper. Högst 20 klienter.")
        #expect(read.state == .reviewed)  // the least advanced segment
    }

    @Test func targetsOnSomeSegmentsOnlyAreAnErrorAtTheUnit() {
        let unit = """
            <unit id="title">
              <segment state="translated"><source>IPS-</source><target>IPS-</target></segment>
              <segment><source>kvalitetsskala</source></segment>
            </unit>
            """
        let (document, diagnostics) = Docs.read(Docs.document(unit))
        #expect(document?.units.isEmpty == true)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "t.xlf", line: 4, column: 1))
        #expect(diagnostics.first?.message == "the unit 'title' has a target in 1 of its 2 segments; translate every segment or none")
    }

    @Test func aDuplicateUnitIdIsAnErrorAtTheSecondAndNeitherIsRead() {
        let units = [
            Docs.unit("title", source: "A", target: "first"),
            Docs.unit("sections.staffing", source: "B", target: "kept"),
            Docs.unit("title", source: "A", target: "second"),
        ].joined(separator: "\n")
        let (document, diagnostics) = Docs.read(Docs.document(units))
        #expect(document?.units.map(\.id) == ["sections.staffing"])
        #expect(diagnostics.count == 1)
        let duplicate = diagnostics.first
        #expect(duplicate?.code == .xliffDuplicateUnit)
        #expect(duplicate?.severity == .error)
        #expect(duplicate?.location == SourceLocation(file: "t.xlf", line: 6, column: 1))
        #expect(duplicate?.notes.first?.location == SourceLocation(file: "t.xlf", line: 4, column: 1))
    }

    @Test func statesAreReadWithInitialAsTheDefault() {
        let units = [
            Docs.unit("a", source: "A", target: "a", state: nil),
            Docs.unit("b", source: "B", target: "b", state: "initial"),
            Docs.unit("c", source: "C", target: "c", state: "translated"),
            Docs.unit("d", source: "D", target: "d", state: "reviewed"),
            Docs.unit("e", source: "E", target: "e", state: "final"),
        ].joined(separator: "\n")
        let (document, diagnostics) = Docs.read(Docs.document(units))
        #expect(diagnostics.isEmpty)
        #expect(document?.units.map(\.state) == [.initial, .initial, .translated, .reviewed, .final])
        let (_, bad) = Docs.read(Docs.document(Docs.unit("a", source: "A", target: "a", state: "done")))
        #expect(bad.first?.message == "'done' is not an XLIFF 2.0 segment state; expected one of: initial, translated, reviewed, final")
        #expect(bad.first?.location == SourceLocation(file: "t.xlf", line: 4, column: 23))
    }
}
