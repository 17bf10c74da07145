import Foundation
import GoldenFiles
import Testing

@testable import ScaleCompiler

/// A scale of three editions a → b → c: resolution through the middle edition, composed level
/// maps, the weakest relation, and a contradiction found at compile time.
@Suite struct ThreeEditionTests {
    static let directory = "Tests/ScaleCompilerTests/Fixtures/three-editions"

    static let files: [(relativePath: String, bytes: [UInt8])] = {
        let root = Golden.packageRoot().appendingPathComponent(directory)
        let paths = ["scale.yaml", "relations/a--b.yaml", "relations/b--c.yaml"]
            + ["a", "b", "c"].flatMap { ["\($0)/structure.yaml", "\($0)/text.en.yaml"] }
        return paths.compactMap { path in
            FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { (path, [UInt8]($0)) }
        }
    }()

    private func compile(adding extra: [(String, String)] = []) -> CompilationResult {
        let files = Self.files + extra.map { ($0.0, Array($0.1.utf8)) }
        return ScaleCompilation.compile(ScaleSource(directory: Self.directory, files: files))
    }

    @Test func compilesCleanly() throws {
        let result = compile()
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRendering.text(result.diagnostics))")
        #expect(result.scale?.relations.count == 7)
    }

    @Test func resolvesThroughTheMiddleEditionWithTheWeakestRelation() throws {
        let scale = try #require(compile().scale)
        let alpha = try #require(scale.equivalence(of: "alpha", in: "a", to: "c"))
        #expect(alpha.toItem == "alpha")
        #expect(alpha.kind == .reworded)
        #expect(alpha.steps.count == 2)
        #expect(alpha.levelMap == [1: 1, 2: 2, 3: 3])
    }

    @Test func composesLevelMaps() throws {
        let scale = try #require(compile().scale)
        let beta = try #require(scale.equivalence(of: "beta", in: "a", to: "c"))
        #expect(beta.toItem == "beta-three")
        #expect(beta.kind == .rescaled)
        // a → b {1: 1, 2: 1, 3: 2}, then b → c {1: 2, 2: 3, 3: 3}.
        #expect(beta.levelMap == [1: 2, 2: 2, 3: 3])
        #expect(beta.map(1) == 2)
    }

    @Test func aChainEndingInNoneHasNoCounterpart() throws {
        let scale = try #require(compile().scale)
        let gamma = try #require(scale.equivalence(of: "gamma", in: "a", to: "c"))
        #expect(gamma.toItem == nil)
        #expect(gamma.kind == .none)
        #expect(!gamma.isComparable)
        guard case .noCounterpart(_, _, let to, let note)? = gamma.obstacle else {
            Issue.record("expected no counterpart, got \(String(describing: gamma.obstacle))")
            return
        }
        #expect(to == "c")
        #expect(note.contains("Dropped in c."))
    }

    @Test func followsRelationsBackwardsOnlyThroughOneToOneMaps() throws {
        let scale = try #require(compile().scale)
        let alpha = try #require(scale.equivalence(of: "alpha", in: "c", to: "a"))
        #expect(alpha.isComparable)
        #expect(alpha.steps.allSatisfy { $0.reversed })
        let beta = try #require(scale.equivalence(of: "beta-three", in: "c", to: "a"))
        #expect(beta.toItem == "beta")
        #expect(!beta.isComparable)
        guard case .mapNotInvertible? = beta.obstacle else {
            Issue.record("expected a map that cannot be inverted, got \(String(describing: beta.obstacle))")
            return
        }
        #expect(beta.obstacle?.description.contains("not one-to-one") == true)
    }

    @Test func aThirdEditionNeedsNoCodeChange() throws {
        let scale = try #require(compile().scale)
        let code = ModuleGenerator.generate(scale, inputPaths: [])
        #expect(code.contains("public enum ThreeEditionsC: ScaleEdition {"))
        #expect(code.contains("extension ThreeEditionsA.Item {"))
        #expect(code.contains("fromEdition: \"b\", fromItem: \"beta-two\""))
    }

    @Test func comparesAcrossTwoStepsAndDropsNothing() throws {
        let scale = try #require(compile().scale)
        let a = ComparisonSheet(edition: "a", scores: ["alpha": 2, "beta": 1, "gamma": 3])
        let c = ComparisonSheet(edition: "c", scores: ["alpha": 3, "beta-three": 2, "delta": 1])
        let comparison = scale.compare(a, c)
        #expect(comparison.pairs.map(\.itemA) == ["alpha", "beta"])
        #expect(comparison.pairs.map(\.mappedA) == [2, 2])
        #expect(comparison.pairs.map(\.change) == [1, 0])
        #expect(comparison.excluded.compactMap(\.itemA) == ["gamma"])
        #expect(comparison.excluded.compactMap(\.itemB) == ["delta"])
        #expect(comparison.verdict == .partiallyComparable(comparable: 2, of: 4))
        #expect((comparison.totalA, comparison.mappedTotalA, comparison.totalB) == (3, 4, 5))
    }

    @Test func aDirectRelationThatContradictsTheChainIsAnError() {
        let direct = """
            schema: 1
            from: a
            to: c
            relations:
              - {from: alpha, to: alpha, relation: identical, note: Unchanged.}
              - {from: beta, to: beta-three, relation: rescaled, level-map: {1: 1, 2: 2, 3: 3}, note: Read directly.}
              - {from: gamma, relation: none, note: Dropped.}
              - {to: delta, relation: none, note: New.}

            """
        let result = compile(adding: [("relations/a--c.yaml", direct)])
        #expect(result.scale == nil)
        Golden.check(DiagnosticRendering.text(result.diagnostics), named: "diagnostics/three-editions-contradiction.txt")
    }
}
