import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

@testable import ScaleCompiler

/// The review sheet a localiser reads without help: marks that tell missing, declared-absent,
/// fallback, stale and reworded texts apart, a summary and a legend, keys with file and line,
/// every text in its language, and the page's own words in the page's language.
@Suite struct ReviewSheetTests {
    /// The real scale with a partial Danish text, and one Norwegian definition edited since the
    /// Swedish translation was reviewed (so that Swedish entry is stale).
    static let danish = """
        schema: 1
        edition: "2008"
        language: da
        title: IPS-kvalitetsskala
        sections:
          staffing: Bemanding
        items:
          caseload-size:
            title: Klientantal <b>&amp;</b>
            definition: Hver jobspecialist har sit eget klientantal på højst 20 deltagere.
            levels:
              5: 20 eller færre deltagere per jobspecialist.

        """

    struct Fixture {
        var scale: ScaleDefinition
        var result: CompilationResult
        var sources: ReviewSources

        func sheet(_ left: (String, LanguageTag), _ right: (String, LanguageTag), page: LanguageTag? = nil) throws -> String {
            let a = try #require(scale.edition(left.0))
            let b = try #require(scale.edition(right.0))
            return ReviewSheet.render(scale: scale, left: (a, left.1), right: (b, right.1), sources: sources, pageLanguage: page)
        }
    }

    static let fixture: Fixture? = {
        var files = RealScale.files
        guard let nb = files.firstIndex(where: { $0.relativePath == "2008/text.nb.yaml" }) else { return nil }
        let text = String(decoding: files[nb].bytes, as: UTF8.self)
        files[nb].bytes = Array(text.replacingOccurrences(of: "er maksimalt 20 deltakere.", with: "er høyst 20 deltakere.").utf8)
        files.append(("2008/text.da.yaml", Array(danish.utf8)))
        let source = ScaleSource(directory: RealScale.directory, files: files)
        let result = ScaleCompilation.compile(source)
        guard let scale = result.scale else { return nil }
        return Fixture(
            scale: scale, result: result, sources: ReviewSources(source: source, scale: scale, translations: result.translations))
    }()

    /// The two `<td>` cells of the row for `key`.
    private func cells(_ key: String, in page: String) throws -> (left: String, right: String) {
        let start = try #require(page.range(of: "<tr class=\"entry\" data-key=\"\(key)\">"))
        let end = try #require(page.range(of: "</tr>", range: start.upperBound..<page.endIndex))
        let row = page[start.upperBound..<end.lowerBound]
        let parts = row.components(separatedBy: "<td ").dropFirst().map { "<td " + $0 }
        try #require(parts.count == 2, "row \(key) has \(parts.count) cells")
        return (parts[0], parts[1])
    }

    /// The summary's counts for one column (`2008 · sv`), by name (`entries`, `own`, `missing`, …).
    private func counts(_ column: String, in page: String) throws -> [String: Int] {
        let start = try #require(page.range(of: "<tr data-column=\"\(column)\">"))
        let end = try #require(page.range(of: "</tr>", range: start.upperBound..<page.endIndex))
        var result: [String: Int] = [:]
        for part in page[start.upperBound..<end.lowerBound].components(separatedBy: "data-count=\"").dropFirst() {
            let name = part.prefix { $0 != "\"" }
            let number = part.drop { $0 != ">" }.dropFirst().prefix { $0.isNumber }
            result[String(name)] = Int(number)
        }
        return result
    }

    /// The line of the first line of a scale file that contains `text`.
    private func line(of text: String, in file: String) throws -> Int {
        let entry = try #require(RealScale.files.first { $0.relativePath == file })
        let lines = String(decoding: entry.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test func aMissingEntryIsMarkedMissingNotFallback() throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "nb"), ("2008", "da"))
        let (_, danish) = try cells("items.caseload-size.levels.1", in: page)
        #expect(danish.contains("data-mark=\"missing\""))
        #expect(danish.contains("lang=\"da\""))
        #expect(danish.contains("✗"), "a symbol beside the colour")
        #expect(!danish.contains("41 eller flere"), "the Norwegian text is not passed off as Danish")
        // Where to write it: the Danish file, at the item.
        #expect(danish.contains("2008/text.da.yaml:8"))
        let (_, own) = try cells("items.caseload-size.levels.5", in: page)
        #expect(own.contains("data-mark=\"own\"") && own.contains("20 eller færre deltagere"))
        #expect(try counts("2008 · da", in: page)["fallback"] == 0)
    }

    @Test func aDeclaredAbsentEntryIsMarkedAbsentWhereItIsDeclared() throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "nb"), ("2008", "sv"))
        let (_, swedish) = try cells("items.caseload-size.levels.3", in: page)
        #expect(swedish.contains("data-mark=\"absent\""))
        #expect(swedish.contains("∅"))
        let declared = try line(of: "absent: [levels", in: "2008/text.sv.yaml")
        #expect(swedish.contains("2008/text.sv.yaml:\(declared)"))
        #expect(!swedish.contains("Mellom 26"))
        let (_, band) = try cells("bands.good", in: page)
        #expect(band.contains("data-mark=\"absent\""), "bands are declared absent too")
    }

    @Test func aFallbackIsMarkedWithTheLanguageThatServedIt() throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "nb"), ("2008", "sv-FI"))
        let (_, title) = try cells("items.caseload-size.title", in: page)
        #expect(title.contains("data-mark=\"fallback\""))
        #expect(title.contains("<span class=\"text borrowed\" lang=\"sv\">Klientgruppens storlek</span>"))
        #expect(title.contains("↪"))
        let swedishLine = try line(of: "title: Klientgruppens storlek", in: "2008/text.sv.yaml")
        #expect(title.contains("2008/text.sv.yaml:\(swedishLine)"), "the line the borrowed text is written at")
        // sv declares the anchors absent, so nothing serves sv-FI but nb, the source: missing.
        let (_, level) = try cells("items.caseload-size.levels.1", in: page)
        #expect(level.contains("data-mark=\"missing\""))
    }

    @Test func aStaleEntryShowsTheOldAndTheNewSource() throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "nb"), ("2008", "sv"))
        let (_, swedish) = try cells("items.caseload-size.definition", in: page)
        #expect(swedish.contains("data-mark=\"stale\""))
        #expect(swedish.contains("⚠"))
        #expect(swedish.contains("Arbetscoacherna har egna klientgrupper"), "the translation itself")
        #expect(swedish.contains("<span lang=\"nb\">Hver jobbspesialist har individuelle deltakerporteføljer. Porteføljestørrelsen for hver heltidsansatt jobbspesialist er maksimalt 20 deltakere.</span>"))
        #expect(swedish.contains("<del>maksimalt</del> <ins>høyst</ins>"))
        #expect(page.contains("scalec refresh &lt;skala&gt; --edition 2008 --language sv"))
        // The same entries `scalec check` reports as stale.
        let stale = fixture.result.diagnostics.filter { $0.code == .staleTranslation }
        #expect(stale.count == 1)
        #expect(try counts("2008 · sv", in: page)["stale"] == stale.count)
        let (_, fresh) = try cells("items.caseload-size.title", in: page)
        #expect(fresh.contains("data-mark=\"own\""))
    }

    @Test func everyEntryShowsItsKeyAndLine() throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "nb"), ("2008", "sv"))
        let (norwegian, _) = try cells("items.caseload-size.levels.3", in: page)
        #expect(page.contains("<code class=\"key\" translate=\"no\">items.caseload-size.levels.3</code>"))
        #expect(norwegian.contains("2008/text.nb.yaml:\(try line(of: "3: Mellom 26 og 30", in: "2008/text.nb.yaml"))"))
        let (_, section) = try cells("sections.staffing", in: page)
        #expect(section.contains("2008/text.sv.yaml:\(try line(of: "staffing: Personal", in: "2008/text.sv.yaml"))"))
        // Every entry of the edition has its row, in each column's terms.
        let edition = try #require(fixture.scale.edition("2008"))
        for entry in TextEntries.sourceEntries(of: edition) {
            #expect(page.contains("data-key=\"\(entry.key)\""), "no row for \(entry.key)")
        }
    }

    @Test(arguments: ["sv", "sv-FI", "da"])
    func theSummaryCountsWhatCoverageCounts(language: String) throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "nb"), ("2008", LanguageTag(language)))
        let coverage = Coverage(scale: fixture.scale, translations: fixture.result.translations)
        let row = try #require(coverage.rows.first { $0.edition == "2008" && $0.language == language })
        let counts = try counts("2008 · \(language)", in: page)
        #expect(counts["entries"] == row.entries)
        #expect(counts["own"] == row.present)
        #expect(counts["stale"] == row.stale)
        #expect(counts["absent"] == row.absent)
        #expect(counts["fallback"] == row.fallback)
        #expect(counts["missing"] == row.missing)
        #expect(page.components(separatedBy: "data-mark=\"missing\"").count - 1 == row.missing)
        let source = try #require(try self.counts("2008 · nb", in: page)["own"])
        #expect(source == row.entries)
    }

    @Test func closeLanguagesCountChangedWords() throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "sv"), ("fi-2026", "sv-FI"))
        let (_, title) = try cells("items.caseload-size.title", in: page)
        #expect(title.contains("data-mark=\"changed\"") && title.contains("<del>Klientgruppens</del>"))
        let changed = page.components(separatedBy: "<td class=\"cell\" data-mark=\"changed\"").count - 1
        #expect(changed > 0)
        #expect(try counts("fi-2026 · sv-FI", in: page)["changed"] == changed)
    }

    @Test func thePageSpeaksTheLanguageOfItsPage() throws {
        let fixture = try #require(Self.fixture)
        let swedish = try fixture.sheet(("2008", "sv"), ("fi-2026", "sv-FI"))
        #expect(swedish.contains("<html lang=\"sv\">"))
        for words in ["Granskningsblad", "Sammanfattning", "Markeringar", "avsiktligt utelämnad", "saknas", "Nivå 3"] {
            #expect(swedish.contains(words), "no «\(words)»")
        }
        #expect(!swedish.contains("Summary") && !swedish.contains("class=\"chrome-note\""))
        let norwegian = try fixture.sheet(("2008", "nb"), ("2008", "da"))
        #expect(norwegian.contains("<html lang=\"nb\">") && norwegian.contains("Oppsummering"))
        // No chrome in Danish: English, and the page says so.
        let danish = try fixture.sheet(("2008", "da"), ("2008", "nb"))
        #expect(danish.contains("<html lang=\"en\">"))
        #expect(danish.contains("<p class=\"chrome-note\" lang=\"en\">The labels of this page are in English: scalec has none in da yet"))
        #expect(danish.contains("Summary") && danish.contains("declared absent"))
        let chosen = try fixture.sheet(("2008", "nb"), ("2008", "da"), page: "da")
        #expect(chosen.contains("<html lang=\"en\">") && chosen.contains("none in da yet"))
    }

    @Test func everyTextElementCarriesItsLanguage() throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "nb"), ("2008", "sv-FI"))
        let elements = try Elements.parse(page)
        let cells = elements.filter { $0.name == "td" && $0.attributes["class"] == "cell" }
        #expect(cells.count > 400)
        #expect(cells.allSatisfy { $0.attributes["lang"] == "nb" || $0.attributes["lang"] == "sv-FI" })
        let marks = elements.filter { $0.attributes["class"]?.hasPrefix("mark ") == true }
        #expect(!marks.isEmpty && marks.allSatisfy { $0.attributes["lang"] == "nb" })
        let borrowed = elements.filter { $0.attributes["class"] == "text borrowed" }
        #expect(!borrowed.isEmpty && borrowed.allSatisfy { $0.attributes["lang"] == "sv" })
    }

    @Test func textIsEscapedAndThePageSelfContained() throws {
        let fixture = try #require(Self.fixture)
        let page = try fixture.sheet(("2008", "nb"), ("2008", "da"))
        #expect(page.contains("Klientantal &lt;b&gt;&amp;amp;&lt;/b&gt;"))
        #expect(!page.contains("<b>"))
        #expect(!page.contains("<script") && !page.contains("://") && !page.contains(" src="))
        #expect(page.contains("@media print") && page.contains("size: A4"))
        _ = try Elements.parse(page)
    }

    @Test func withoutSourcesTheSheetStillNamesEachFile() throws {
        let fixture = try #require(Self.fixture)
        let edition = try #require(fixture.scale.edition("2008"))
        let page = ReviewSheet.render(scale: fixture.scale, left: (edition, "nb"), right: (edition, "sv"))
        let (norwegian, swedish) = try cells("items.caseload-size.title", in: page)
        #expect(norwegian.contains(">2008/text.nb.yaml<") && swedish.contains(">2008/text.sv.yaml<"))
    }

    @Test func theScoringFormSpeaksItsLanguage() throws {
        let fixture = try #require(Self.fixture)
        let edition = try #require(fixture.scale.edition("2008"))
        let swedish = ScoringForm.render(edition, language: "sv")
        #expect(swedish.contains("Poäng:") && swedish.contains("Bedömare") && !swedish.contains("Score:"))
        let danish = ScoringForm.render(edition, language: "da")
        #expect(danish.contains("<html lang=\"da\">"))
        #expect(danish.contains("<span lang=\"en\">Score</span>") && danish.contains("none in da yet"))
        #expect(danish.contains("<span class=\"borrowed\" lang=\"nb\">41 eller flere"), "the form borrows, marked")
    }
}

/// The elements of a page, parsed as XML (the renderer writes well-formed markup).
private struct Elements {
    var name: String
    var attributes: [String: String]

    static func parse(_ page: String) throws -> [Elements] {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [Elements] = []
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                elements.append(Elements(name: name, attributes: attributes))
            }
        }
        let parser = XMLParser(data: Data(page.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        let collector = Collector()
        parser.delegate = collector
        try #require(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        return collector.elements
    }
}
