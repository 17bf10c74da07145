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

    /// The build plugin names one output per text file from its path alone; the generator must
    /// write exactly those, each text file's declarations in its own file.
    @Test func writesOneFilePerEditionTextNamedFromItsPath() throws {
        let result = ScaleCompilation.compile(RealScale.source)
        let scale = try #require(result.scale)
        let files = ModuleGenerator.files(scale, swiftName: result.swiftName, inputPaths: [])
        let fromPaths = RealScale.files.compactMap { file -> String? in
            guard case .text(let edition, let language) = ScaleFileRole(relativePath: file.relativePath) else { return nil }
            return ModuleGenerator.textFileName(edition: edition, language: language)
        }
        #expect(files.map(\.name) == [ModuleGenerator.outputFileName] + fromPaths.sorted())
        #expect(files.map(\.name) == ["ScaleTables.swift", "ScaleText-2008-nb.swift", "ScaleText-2008-sv.swift", "ScaleText-fi-2026-sv-FI.swift"])
        let nb = try #require(files.first { $0.name == "ScaleText-2008-nb.swift" })
        #expect(nb.code.contains("extension IPSFidelity2008 {\n    /// The `nb` texts"))
        #expect(!files[0].code.contains("func makeNbText"))
        #expect(!nb.code.contains("enum IPSFidelity2008"))
    }
}
