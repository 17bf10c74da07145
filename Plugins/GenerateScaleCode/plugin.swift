import Foundation
import PackagePlugin

/// `swift package generate-scale-code [--target NAME …]`: writes each scale target's generated
/// Swift (`ScaleTables.swift` and one `ScaleText-<edition>-<language>.swift` per text file) into
/// the target's own folder, ahead of time, for CI systems and build setups that
/// cannot run build plugins (as swift-openapi-generator's command plugin does). A target uses
/// either this or `ScaleCompilerPlugin`, not both: the types would be declared twice.
@main
struct GenerateScaleCode: CommandPlugin {
    struct NoScaleTarget: Error, CustomStringConvertible {
        var asked: [String]
        var description: String {
            asked.isEmpty
                ? "generate-scale-code: no target of this package has a scale.yaml in its folder"
                : "generate-scale-code: \(asked.joined(separator: ", ")) has no scale.yaml in its folder"
        }
    }

    struct GeneratorFailed: Error, CustomStringConvertible {
        var target: String
        var status: Int32
        var description: String { "generate-scale-code: scalec failed for '\(target)' (exit \(status)); see its diagnostics above" }
    }

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let asked = extractor.extractOption(named: "target")
        let targets = context.package.targets.compactMap { $0 as? SourceModuleTarget }.filter { target in
            (asked.isEmpty || asked.contains(target.name))
                && target.sourceFiles.contains { $0.url.lastPathComponent == "scale.yaml" }
        }
        guard !targets.isEmpty else { throw NoScaleTarget(asked: asked) }
        let tool = try context.tool(named: "scalec").url
        for target in targets {
            // The same files as the build plugin's: ScaleTables.swift and ScaleText-<edition>-<language>.swift.
            let output = target.directoryURL
            let process = Process()
            process.executableURL = tool
            process.arguments = [
                "generate", target.directoryURL.path, "--output-directory", output.path, "--package-root",
                context.package.directoryURL.path,
            ]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw GeneratorFailed(target: target.name, status: process.terminationStatus) }
            print("generate-scale-code: \(target.name) → \(output.path)")
        }
    }
}
