import Foundation
import GoldenFiles
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import ScaleCompiler

/// Rendered pages parse, hold every item, escape text, and mark differences.
@Suite struct RenderingTests {
    static let scale: ScaleDefinition? = ScaleCompilation.compile(RealScale.source).scale

    /// Parses a page as XML (the renderer writes well-formed XHTML-style markup) and counts the
    /// elements that carry `data-item`.
    private func itemIDs(in page: String) throws -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var items: [String] = []
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if let item = attributes["data-item"] { items.append(item) }
            }
        }
        let body = page.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        return collector.items
    }

    @Test(arguments: [("2008", "nb"), ("2008", "sv"), ("fi-2026", "sv-FI")])
    func theScoringFormShowsEveryItem(edition: String, language: String) throws {
        let definition = try #require(Self.scale?.edition(edition))
        let page = ScoringForm.render(definition, language: LanguageTag(language))
        #expect(try itemIDs(in: page) == definition.items.map(\.id))
        #expect(page.contains("<html lang=\"\(language)\">"))
        #expect(!page.contains("http"), "a rendered page is self-contained")
    }

    @Test func theReviewSheetPairsItemsAcrossEditionsAndMarksDifferences() throws {
        let scale = try #require(Self.scale)
        let a = try #require(scale.edition("2008"))
        let b = try #require(scale.edition("fi-2026"))
        let page = ReviewSheet.render(scale: scale, left: (a, "sv"), right: (b, "sv-FI"))
        #expect(try itemIDs(in: page) == a.items.map(\.id))
        #expect(page.contains("<del>Klientgruppens</del>"))
        #expect(page.contains("<ins>Antalet</ins>"))
        #expect(page.contains("anpassad"), "the relation, in the page's language")
        #expect(page.contains("data-mark=\"absent\""))
    }

    @Test func theReviewSheetOfTwoLanguagesMarksWhatIsAbsent() throws {
        let scale = try #require(Self.scale)
        let edition = try #require(scale.edition("2008"))
        let page = ReviewSheet.render(scale: scale, left: (edition, "nb"), right: (edition, "sv"))
        #expect(try itemIDs(in: page).count == 25)
        #expect(!page.contains("<del>"), "nb and sv are not compared word by word")
        #expect(page.contains("data-mark=\"absent\""))
    }

    @Test func escapesEverythingHTMLCouldRead() {
        #expect(HTML.escape(#"<b> & "x" 'y'"#) == "&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;")
        #expect(HTML.escape("æøå 🙂") == "æøå 🙂")
    }

    @Test func diffsWords() {
        #expect(WordDiff.html("a b c", "a x c") == "a <del>b</del> <ins>x</ins> c")
        #expect(WordDiff.html("same", "same") == "same")
    }
}
