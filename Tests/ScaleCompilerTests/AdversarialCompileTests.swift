import Testing

@testable import ScaleCompiler
@testable import ScaleRuntime

/// Hostile scales that crashed or took exponential or quadratic time on `bfe6608` (issue 10).
/// None asserts a time: a regression shows as a test that does not finish.
@Suite struct AdversarialCompileTests {
    private typealias Files = [(relativePath: String, bytes: [UInt8])]

    private func compile(_ files: Files) -> CompilationResult {
        ScaleCompilation.compile(ScaleSource(directory: "hostile", files: files))
    }

    @Test func hugeLevelsTimesManyItemsDoNotOverflowTheTotalRange() {
        // 10,001 items × a 15-digit highest level overflowed `itemCount * levels.upperBound`.
        var yaml = "schema: 1\nedition: e\nlevels: {min: 999999999999990, max: 999999999999999}\nsections:\n  - id: s\n    items:\n"
        for index in 0...Limits.itemsPerEdition { yaml += "      - {id: i\(index), kind: rated}\n" }
        yaml += "bands:\n  - {id: all, min: 1, max: 2}\n"
        let scale = "schema: 1\nid: big\neditions:\n  - {id: e, source-language: en}\n"
        let result = compile([("scale.yaml", Array(scale.utf8)), ("e/structure.yaml", Array(yaml.utf8))])
        #expect(result.scale == nil)
        #expect(result.diagnostics.contains { $0.code == .limitExceeded })
        // The band range is not judged against a total that could not be computed.
        #expect(!result.diagnostics.contains { $0.code == .bandOutOfRange || $0.code == .bandGap })
    }

    /// `count` editions of one item each, every pair related.
    private func pairwiseRelated(_ count: Int, contradiction: Bool = false) -> Files {
        let ids = (0..<count).map { "e\($0 < 10 ? "0" : "")\($0)" }
        var files: Files = []
        var scale = "schema: 1\nid: many\neditions:\n"
        for id in ids {
            scale += "  - {id: \(id), source-language: en}\n"
            files.append(
                ("\(id)/structure.yaml",
                 Array("schema: 1\nedition: \(id)\nlevels: {min: 1, max: 3}\nsections:\n  - id: s\n    items:\n      - {id: only, kind: rated}\nbands:\n  - {id: all, min: 1, max: 3}\n".utf8)))
            files.append(
                ("\(id)/text.en.yaml",
                 Array("schema: 1\nedition: \(id)\nlanguage: en\ntitle: T\nsections: {s: S}\nbands: {all: All}\nitems:\n  only: {title: Only, definition: D., levels: {1: One, 2: Two, 3: Three}}\n".utf8)))
        }
        files.append(("scale.yaml", Array(scale.utf8)))
        for (i, from) in ids.enumerated() {
            for to in ids[(i + 1)...] {
                let map = contradiction && from == ids[0] && to == ids[count - 1] ? "{1: 2, 2: 2, 3: 3}" : "{1: 1, 2: 2, 3: 3}"
                let yaml = "schema: 1\nfrom: \(from)\nto: \(to)\nrelations:\n  - {from: only, to: only, relation: rescaled, level-map: \(map), note: Same.}\n"
                files.append(("relations/\(from)--\(to).yaml", Array(yaml.utf8)))
            }
        }
        return files
    }

    @Test func twentyEditionsRelatedPairwiseCheckInPolynomialTime() throws {
        // 20 editions have more than 10^17 simple paths between two of them; every one was enumerated.
        let result = compile(pairwiseRelated(20))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        let scale = try #require(result.scale as ScaleDefinition?)
        let equivalence = scale.equivalence(of: "only", in: "e00", to: "e19")
        #expect(equivalence?.steps.count == 1)
        #expect(scale.editionChain(from: "e00", to: "e19") == ["e00", "e19"])
    }

    @Test func aContradictionAmongTwentyEditionsIsStillFound() {
        let result = compile(pairwiseRelated(20, contradiction: true))
        #expect(result.scale == nil || result.diagnostics.contains { $0.code == .contradictoryRelations })
        #expect(result.diagnostics.contains { $0.code == .contradictoryRelations })
    }

    @Test func tenThousandMissingEditionsAreReportedInLinearTime() {
        var scale = "schema: 1\nid: many\neditions:\n"
        for index in 0..<10_000 { scale += "  - {id: edition-\(index), source-language: en}\n" }
        let result = compile([("scale.yaml", Array(scale.utf8))])
        #expect(result.diagnostics.filter { $0.code == .missingFile }.count == 10_000)
        let printed = DiagnosticRendering.text(result.diagnostics)
        #expect(printed.contains("and 9900 more diagnostics in this file, not shown"))
    }

    @Test func suggestionsAreBoundedAndStillFound() {
        let candidates = (0..<100_000).map { "candidate-\($0)" }
        #expect(Suggestions.closest(to: "candidat-5", in: candidates) == "candidate-5")
        #expect(Suggestions.closest(to: String(repeating: "x", count: 10_000), in: candidates) == nil)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
    }

    @Test func printedNamesCannotForgeLines() {
        let location = SourceLocation(file: "a\n2008/x.yaml:1:1: error: forged", line: 1, column: 1)
        #expect(location.description == "a\\n2008/x.yaml:1:1: error: forged:1:1")
        #expect(PrintableText.escaped("x\u{202E}y") == "x\\u{202E}y")
        #expect(PrintableText.escaped("åäö øæ") == "åäö øæ")
    }

    @Test func htmlEscapingWorksOnScalarsNotCharacters() {
        // `"` followed by a combining acute accent is one Character.
        #expect(HTML.escape("a\"\u{301}b") == "a&quot;\u{301}b")
        #expect(HTML.escape("<'\u{301}>") == "&lt;&#39;\u{301}&gt;")
    }
}

/// `scalec check` at 5,000 items: every file read once, every text scanned once for the
/// glossary's terms. No time is asserted: a quadratic step shows as a test that does not finish
/// (at 5,000 items a quadratic pass over texts is 25 million text comparisons).
@Suite struct LargeScaleTests {
    @Test func fiveThousandItemsCheckWithoutErrors() throws {
        let result = ScaleCompilation.compile(Synthetic.scale(items: 5_000))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.prefix(3))")
        let edition = try #require(result.scale?.edition("big"))
        #expect(edition.items.count == 5_000)
        let terms = result.diagnostics.filter { $0.code == .forbiddenTerm }
        #expect(terms.map(\.message) == ["'ordvariant3' uses the forbidden term 'ordvariant3' in 'nb'; the glossary prefers 'fagterm3'"])
    }
}
