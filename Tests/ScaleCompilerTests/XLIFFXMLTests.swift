import Foundation
import Testing

@testable import ScaleCompiler

/// Defect 1: the XML under XLIFF is read by our own reader, never FoundationXML: hostile bytes
/// give one located error (no crash), errors say what is wrong in words, and large valid files
/// read.
@Suite struct XLIFFXMLTests {
    private typealias Docs = XLIFFTestDocuments

    @Test func invalidUTF8InAnElementNameIsALocatedErrorNotACrash() throws {
        // FoundationXML stops the process with SIGILL on this byte.
        let text = Docs.document(Docs.unit("title", source: "A", target: "B"))
        var bytes = Array(text.utf8)
        let unit = try #require(text.utf8.firstRange(of: "<unit".utf8)).lowerBound
        bytes.insert(0xFF, at: text.utf8.distance(from: text.utf8.startIndex, to: unit) + 2)
        let (document, diagnostics) = Docs.read(bytes: bytes)
        #expect(document == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.code == .invalidUTF8)
        #expect(diagnostics.first?.location == SourceLocation(file: "t.xlf", line: 4, column: 3))
        #expect(diagnostics.first?.message == "file is not valid UTF-8: byte 0xFF cannot appear here; save the file as UTF-8")
    }

    @Test func invalidUTF8InAnAttributeNameIsALocatedError() throws {
        let text = Docs.document("")
        var bytes = Array(text.utf8)
        let start = text.utf8.distance(from: text.utf8.startIndex, to: try #require(text.utf8.firstRange(of: "srcLang".utf8)).lowerBound)
        bytes.replaceSubrange(start..<start + 1, with: [0xC3, 0x28])
        let (document, diagnostics) = Docs.read(bytes: bytes)
        #expect(document == nil)
        #expect(diagnostics.first?.code == .invalidUTF8)
        #expect(diagnostics.first?.location.line == 2)
    }

    @Test func errorsAreInWordsAndLocated() {
        let mismatched = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"\(Docs.namespace)\" version=\"2.0\">\n  <file id=\"2008\">\n</xliff>\n"
        #expect(
            Docs.onlyProblem(mismatched)
                == "t.xlf:4:1: error: [xliff-invalid] not well-formed XML: '</xliff>' does not close '<file>'")
        #expect(!Docs.onlyProblem("<a b=c/>").contains("NSXMLParserErrorDomain"))
        #expect(Docs.onlyProblem("<a b=c/>") == "t.xlf:1:6: error: [xliff-invalid] not well-formed XML: the value of 'b' must be in quotes")
        #expect(Docs.onlyProblem("<a>\n  x & y</a>") == "t.xlf:2:5: error: [xliff-invalid] not well-formed XML: '&' starts a reference such as '&amp;'; write '&amp;' for an ampersand")
        #expect(Docs.onlyProblem("<a/><b/>").hasPrefix("t.xlf:1:5: error: [xliff-invalid] not well-formed XML: a second root element"))
        #expect(Docs.onlyProblem("<a b='1' b='2'/>").hasPrefix("t.xlf:1:10: error: [xliff-invalid] not well-formed XML: the attribute 'b' appears twice"))
        #expect(Docs.onlyProblem("<a><!-- a -- b --></a>").hasPrefix("t.xlf:1:11: error: [xliff-invalid] not well-formed XML: '--'"))
        #expect(Docs.onlyProblem("<a>\u{1}</a>").hasPrefix("t.xlf:1:4: error: [xliff-invalid] not well-formed XML: the control character U+0001"))
        #expect(Docs.onlyProblem("<a>x]]>y</a>").hasPrefix("t.xlf:1:5: error: [xliff-invalid]"))
        #expect(Docs.onlyProblem("<a>\n<b>").hasPrefix("t.xlf:2:4: error: [xliff-invalid] not well-formed XML: the file ends inside '<b>'"))
        #expect(Docs.onlyProblem("text<a/>").hasPrefix("t.xlf:1:1: error: [xliff-invalid] not well-formed XML: text outside the root element"))
        #expect(Docs.onlyProblem("").hasPrefix("t.xlf:1:1: error: [xliff-invalid] not well-formed XML: the file has no root element"))
        #expect(Docs.onlyProblem("<x:a/>").hasPrefix("t.xlf:1:1: error: [xliff-invalid] not well-formed XML: the namespace prefix 'x' of 'x:a' is not declared"))
        #expect(Docs.onlyProblem("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>").contains("XLIFF is read as UTF-8 only"))
        #expect(Docs.onlyProblem("<a/><?xml version=\"1.0\"?>").contains("very start of the file"))
    }

    @Test func aDoctypeIsRefusedAndItsEntitiesAreNeverExpanded() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE xliff [<!ENTITY boom "&#60;ph/&#62;"><!ENTITY ext SYSTEM "file:///etc/passwd">]>
            <xliff xmlns="\(Docs.namespace)" version="2.0" srcLang="nb" trgLang="sv"><file id="2008">
            <unit id="title"><segment state="translated"><source>A</source><target>&boom;&ext;</target></segment></unit>
            </file></xliff>
            """
        let (document, diagnostics) = Docs.read(text)
        #expect(document == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "t.xlf", line: 2, column: 1))
        #expect(diagnostics.first?.message.contains("document type declaration (<!DOCTYPE …>) is not allowed") == true)
        // Without the DOCTYPE, a declared-looking entity is simply unknown.
        #expect(
            Docs.onlyProblem(Docs.document(Docs.unit("title", source: "A", target: "&boom;")))
                == "t.xlf:4:72: error: [xliff-invalid] not well-formed XML: unknown entity '&boom;': only &lt; &gt; &amp; &quot; &apos; and character references are read (no document may declare entities)")
    }

    @Test func cdataIsText() throws {
        let (document, diagnostics) = Docs.read(Docs.document(Docs.unit("title", source: "A", target: "a<![CDATA[<b> & c]]>z")))
        #expect(diagnostics.isEmpty)
        #expect(try #require(document).units.first?.target == "a<b> & cz")
    }

    @Test func referencesAreDecodedAndBadOnesRefused() throws {
        let (document, diagnostics) = Docs.read(
            Docs.document(Docs.unit("title", source: "&#229;&#xE4;&#xf6; &lt;&gt;&amp;&quot;&apos; a&#10;b", target: "&#x1F600;")))
        #expect(diagnostics.isEmpty)
        let unit = try #require(document?.units.first)
        #expect(unit.source == "åäö <>&\"' a\nb")
        #expect(unit.target == "😀")
        for (reference, what) in [("&#0;", "U+0000"), ("&#xD800;", "U+D800"), ("&#xFFFE;", "U+FFFE"), ("&#1;", "U+0001"), ("&#x110000;", "a number beyond Unicode"), ("&#99999999999999999999;", "a number beyond Unicode")] {
            let problem = Docs.onlyProblem(Docs.document(Docs.unit("title", source: "A", target: reference)))
            #expect(problem == "t.xlf:4:72: error: [xliff-invalid] not well-formed XML: '\(reference)' refers to \(what), which XML 1.0 does not allow")
        }
        #expect(Docs.onlyProblem("<a>&#;</a>").hasPrefix("t.xlf:1:4: error: [xliff-invalid] not well-formed XML: a character reference is written"))
        #expect(Docs.onlyProblem("<a>&nbsp;</a>").contains("unknown entity '&nbsp;'"))
    }

    @Test func lineEndsAndAttributeValuesAreNormalisedAsXMLSays() throws {
        let text = "<?xml version=\"1.0\"?>\r\n<xliff xmlns=\"\(Docs.namespace)\" version=\"2.0\" srcLang=\"nb\"\r\n trgLang=\"sv\"><file id=\"2008\"><unit id=\"title\"><segment state=\"final\"><source>a\r\nb\rc</source></segment></unit></file></xliff>"
        let (document, diagnostics) = Docs.read(text)
        #expect(diagnostics.isEmpty)
        #expect(document?.units.first?.source == "a\nb\nc")
        #expect(document?.targetLanguageLocation == SourceLocation(file: "t.xlf", line: 3, column: 2))
    }

    @Test func aPrefixedDocumentReadsLikeADefaultNamespaceOneAndOtherNamespacesAreSkipped() throws {
        let plain = Docs.document(
            Docs.unit("title", source: "IPS-kvalitetsskala", target: "IPS-kvalitetsskala")
                + Docs.unit("sections.staffing", source: "Bemanning", target: "Personal"))
        let prefixed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- made by a tool that likes prefixes -->
            <x:xliff xmlns:x="\(Docs.namespace)" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" xmlns:my="urn:example:tool" version="2.0" srcLang="nb" trgLang="sv" my:flag="1">
              <x:file id="2008">
                <my:unit id="decoy"><x:segment><x:source>no</x:source></x:segment></my:unit>
                <x:unit id="title">
                  <mtc:matches><mtc:match ref="#1"><x:source>decoy</x:source><x:target>decoy</x:target></mtc:match></mtc:matches>
                  <my:metadata><x:unit id="inside-foreign"/></my:metadata>
                  <x:segment state="translated"><x:source>IPS-kvalitetsskala</x:source><x:target>IPS-kvalitetsskala</x:target></x:segment>
                </x:unit>
                <x:group id="g"><x:unit id="sections.staffing"><?tool ignore me?><x:segment state="translated"><x:source>Bemanning</x:source><x:target>Personal</x:target></x:segment></x:unit></x:group>
              </x:file>
            </x:xliff>
            """
        let (a, aProblems) = Docs.read(plain)
        let (b, bProblems) = Docs.read(prefixed)
        #expect(aProblems.isEmpty && bProblems.isEmpty, "\(bProblems)")
        let first = try #require(a)
        let second = try #require(b)
        #expect(first.units.map(\.id) == ["title", "sections.staffing"])
        #expect(second.units.map(\.id) == first.units.map(\.id))
        #expect(second.units.map(\.source) == first.units.map(\.source))
        #expect(second.units.map(\.target) == first.units.map(\.target))
        #expect(second.targetLanguage == "sv" && second.sourceLanguage == "nb" && second.fileID == "2008")
        // XLIFF 1.2 (another namespace) is not XLIFF 2.0.
        let old = Docs.onlyProblem("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>")
        #expect(old.hasPrefix("t.xlf:1:54: error: [xliff-invalid] expected an XLIFF 2.0 document"))
    }

    @Test func anEighteenMegabyteFileReads() throws {
        // FoundationXML called a valid file of this size "not well-formed".
        var units = ""
        var count = 0
        let paragraph = String(repeating: "Jobbspesialistene yter bare arbeidsrettede tjenester &amp; oppfølging. ", count: 3)
        while units.utf8.count < 18 * 1024 * 1024 {
            units += "<unit id=\"u\(count)\"><notes><note category=\"context\">Item \(count)</note></notes><segment state=\"reviewed\"><source>\(paragraph)</source><target>\(paragraph)</target></segment></unit>\n"
            count += 1
        }
        let text = Docs.document(units)
        #expect(text.utf8.count > 18 * 1024 * 1024)
        let (document, diagnostics) = Docs.read(text)
        #expect(diagnostics.isEmpty)
        #expect(document?.units.count == count)
        #expect(document?.units.last?.target == paragraph.replacingOccurrences(of: "&amp;", with: "&"))
    }

    @Test func sizeDepthAndAttributesAreBounded() {
        let (tooLarge, sizeProblems) = XLIFFDocument.read(.unread(path: "big.xlf", size: Limits.xliffFileSize + 1))
        #expect(tooLarge == nil)
        #expect(sizeProblems.first?.code == .limitExceeded)
        #expect(sizeProblems.first?.message == "file is \(Limits.xliffFileSize + 1) bytes; XLIFF files are limited to 32 MiB")
        let deep = String(repeating: "<a>", count: 65) + String(repeating: "</a>", count: 65)
        #expect(Docs.onlyProblem(deep) == "t.xlf:1:193: error: [nesting-too-deep] elements nest more than 64 deep")
        #expect(Docs.onlyProblem(String(repeating: "<a>", count: 64) + String(repeating: "</a>", count: 64)).contains("expected an XLIFF 2.0 document"))
        let attributes = (0...256).map { " a\($0)=\"\"" }.joined()
        #expect(Docs.onlyProblem("<a\(attributes)/>").contains("[limit-exceeded] '<a>' has more than 256 attributes"))
    }

    @Test func readingTimeIsLinearInHostileShapes() {
        // Many namespace scopes, many attributes, many references: each a few megabytes.
        let declarations = (0..<200).map { " xmlns:p\($0)=\"urn:\($0)\"" }.joined()
        let nested = String(repeating: "<a\(declarations)>", count: 60) + String(repeating: "<p0:b/>", count: 20_000) + String(repeating: "</a>", count: 60)
        let references = "<a>" + String(repeating: "&amp;&#xE5;<!---->", count: 40_000) + "</a>"
        // No time is asserted: a quadratic reader shows as a test that does not finish.
        for text in [nested, references] { _ = Docs.read(text) }
    }
}
