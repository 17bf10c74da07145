import Foundation
import PackagePlugin

/// Compiles the scale in a target's folder (its `scale.yaml` and edition files) into Swift.
///
/// A `.buildCommand` whose inputs are every YAML file of the target and the `scalec` tool, and
/// whose one output is the generated file: a build with nothing changed runs nothing, and an
/// edited YAML file regenerates. The plugin never parses YAML; `scalec` does.
@main
struct ScaleCompilerPlugin: BuildToolPlugin {
    /// Keep in step with `ModuleGenerator.outputFileName`.
    static let outputFileName = "ScaleTables.swift"

    struct MissingScaleFile: Error, CustomStringConvertible {
        var target: String
        var description: String {
            "ScaleCompilerPlugin: target '\(target)' has no scale.yaml in its folder; add one or remove the plugin"
        }
    }

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        let scaleFiles = sourceTarget.sourceFiles
            .map(\.url)
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.path < $1.path }
        guard scaleFiles.contains(where: { $0.lastPathComponent == "scale.yaml" }) else {
            throw MissingScaleFile(target: target.name)
        }
        let tool = try context.tool(named: "scalec")
        let output = context.pluginWorkDirectoryURL.appending(path: Self.outputFileName)
        return [
            .buildCommand(
                displayName: "Compiling scale \(sourceTarget.directoryURL.lastPathComponent) for \(target.name)",
                executable: tool.url,
                arguments: [
                    "generate", sourceTarget.directoryURL.path,
                    "--output", output.path,
                    "--package-root", context.package.directoryURL.path,
                ],
                inputFiles: scaleFiles + [tool.url],
                outputFiles: [output]
            )
        ]
    }
}
