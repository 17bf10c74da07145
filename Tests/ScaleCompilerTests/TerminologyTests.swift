import GoldenFiles
import Testing

@testable import ScaleCompiler

/// Forbidden term variants are found where they are written, with the preferred term as fix-it.
@Suite struct TerminologyTests {
    @Test func warnsAtTheForbiddenWordInsideAFoldedScalar() throws {
        // The Swedish manual's word slipped into the Finland-Swedish text, capitalised and inflected.
        let mutation = ScaleMutation(
            name: "forbidden-term", file: "fi-2026/text.sv-FI.yaml",
            edit: .replace("Arbetstränarna har egna klienter.", with: "Arbetscoacherna har egna klienter."))
        let files = try #require(mutation.apply(to: RealScale.files))
        let result = ScaleCompilation.compile(ScaleSource(directory: RealScale.directory, files: files))
        #expect(!result.hasErrors)
        #expect(result.scale != nil)
        let warning = try #require(result.diagnostics.first { $0.code == .forbiddenTerm })
        // An inflected form gets no fix-it: replacing the stem would not inflect.
        #expect(warning.fixIts.isEmpty)
        Golden.check(DiagnosticRendering.text(result.diagnostics), named: "diagnostics/forbidden-term.txt")
    }

    @Test func offersTheFixItForTheBareTerm() throws {
        let mutation = ScaleMutation(
            name: "forbidden-term", file: "fi-2026/text.sv-FI.yaml",
            edit: .replace("Arbetstränarna har egna klienter.", with: "Varje IPS-coach har egna klienter."))
        let files = try #require(mutation.apply(to: RealScale.files))
        let result = ScaleCompilation.compile(ScaleSource(directory: RealScale.directory, files: files))
        let warning = try #require(result.diagnostics.first { $0.code == .forbiddenTerm })
        #expect(warning.fixIts.first?.replacement == "arbetstränare")
        #expect(warning.fixIts.first?.length == "IPS-coach".utf8.count)
    }

    @Test(arguments: [
        ("arbetscoach", "Arbetscoacherna träffar", "Arbetscoacherna"),
        ("IPS-coach", "en IPS-coach och", "IPS-coach"),
        ("coach", "arbetscoach", nil),
    ])
    func matchesAtWordStartsWithInflections(term: String, text: String, word: String?) {
        #expect(TerminologyCheck.firstWordStart(of: term, in: Array(text))?.word == word)
    }

    @Test func aGlossaryForALanguageNoEditionHasIsAnError() throws {
        let glossary: (relativePath: String, bytes: [UInt8]) = (
            "glossary/da.yaml", Array("schema: 1\nlanguage: da\nterms: []\n".utf8)
        )
        let result = ScaleCompilation.compile(ScaleSource(directory: RealScale.directory, files: RealScale.files + [glossary]))
        #expect(result.hasErrors)
        #expect(DiagnosticRendering.text(result.diagnostics) == "Scales/ips-fidelity/glossary/da.yaml:2:11: error: [unknown-reference] no edition has text in 'da'\n")
    }
}

/// The one-pass search behind the terminology check finds what a substring search per term finds.
@Suite struct NeedleFinderTests {
    @Test(arguments: [
        ("arbetscoacherna och ips-coachen", ["arbetscoach", "ips-coach", "handledare"], [0, 1]),
        ("ingen term här", ["arbetscoach"], []),
        ("åäö-coach", ["åäö", "äö-c", "ö"], [0, 1, 2]),
        ("", ["a"], []),
        ("aaa", ["aa", "aaaa"], [0]),
        // A decomposed ä (a + U+0308) matches a precomposed needle, by canonical equivalence.
        ("tra\u{308}nare", ["tränare"], [0]),
        // Case is ignored: ASCII, Latin-1 and beyond.
        ("ARBETSCOACHEN Åäö", ["arbetscoach", "ÅÄÖ", "åäö"], [0, 1, 2]),
        ("ÆØÅ × æøå", ["æøå ×", "× æ"], [0, 1]),
        ("ĀBC Σοφία", ["ābc", "σοφ"], [0, 1]),
    ])
    func findsEveryNeedleOnce(text: String, needles: [String], expected: [Int]) {
        #expect(NeedleFinder(needles).needles(in: text) == expected)
        #expect(NeedleFinder(needles).needles(in: text) == needles.indices.filter { text.lowercased().contains(needles[$0].lowercased()) })
    }
}
