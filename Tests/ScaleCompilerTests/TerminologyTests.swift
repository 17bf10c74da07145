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
