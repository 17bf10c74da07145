import GoldenFiles
import Testing

@testable import ScaleCompiler

/// The generated Swift for the real scale: golden, deterministic, and headed correctly.
@Suite struct GeneratedModuleTests {
    private func generate(_ source: ScaleSource) throws -> String {
        let result = ScaleCompilation.compile(source)
        let scale = try #require(result.scale)
        return ModuleGenerator.generate(scale, swiftName: result.swiftName, inputPaths: result.inputPaths.map { "\(RealScale.directory)/\($0)" })
    }

    @Test func matchesTheGoldenFile() throws {
        Golden.check(try generate(RealScale.source), named: "ScaleTables.swift")
    }

    @Test func isIndependentOfFileOrder() throws {
        let reversed = ScaleSource(directory: RealScale.directory, files: RealScale.files.reversed())
        #expect(try generate(reversed) == generate(RealScale.source))
    }

    @Test func headerNamesTheSourcesRelativeToThePackage() throws {
        let code = try generate(RealScale.source)
        #expect(code.hasPrefix("// DO NOT EDIT."))
        #expect(code.contains("//   Scales/ips-fidelity/2008/text.nb.yaml\n"))
        #expect(!code.contains("/work/"))
    }
}
