import Foundation
import GoldenFiles
import Testing

@testable import ScaleCompiler

/// The bad-input corpus: each file under `Corpus/<role>/` replaces one file of the three-edition
/// fixture (`scale` → scale.yaml, `structure` → a/structure.yaml, `text` → a/text.en.yaml,
/// `relations` → relations/a--b.yaml). Every case must give at least one error, produce no
/// scale, not crash, and print exactly the diagnostics in its `.txt` golden beside it.
@Suite struct BadInputCorpusTests {
    static let roles = ["scale": "scale.yaml", "structure": "a/structure.yaml", "text": "a/text.en.yaml", "relations": "relations/a--b.yaml"]

    static let corpus = Golden.packageRoot().appendingPathComponent("Tests/ScaleCompilerTests/Corpus")

    /// `role/name.yaml` for every case, sorted.
    static let cases: [String] = {
        var result: [String] = []
        for role in roles.keys.sorted() {
            let folder = corpus.appendingPathComponent(role)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            result += names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(role)/\($0)" }
        }
        return result
    }()

    @Test func theCorpusHasAtLeastSixtyCases() {
        #expect(Self.cases.count >= 60, "\(Self.cases.count) cases")
    }

    @Test(arguments: cases)
    func reportsErrorsAndProducesNothing(corpusCase: String) throws {
        let role = String(corpusCase.split(separator: "/")[0])
        let target = try #require(Self.roles[role])
        let bytes = try #require(FileManager.default.contents(atPath: Self.corpus.appendingPathComponent(corpusCase).path))
        var files = ThreeEditionTests.files.filter { $0.relativePath != target }
        files.append((target, [UInt8](bytes)))
        let result = ScaleCompilation.compile(ScaleSource(directory: "fixture", files: files))
        #expect(result.hasErrors, "\(corpusCase) compiled without errors")
        #expect(result.scale == nil)
        let golden = String(corpusCase.dropLast(".yaml".count)) + ".txt"
        Golden.check(DiagnosticRendering.text(result.diagnostics), named: "../Corpus/\(golden)")
    }
}
