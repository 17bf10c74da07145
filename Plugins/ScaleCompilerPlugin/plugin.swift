import Foundation
import PackagePlugin

/// Compiles the scale in a target's folder (its `scale.yaml` and edition files) into Swift.
///
/// A `.buildCommand` whose inputs are every YAML file of the target and the `scalec` tool, and
/// whose outputs are the scale's main file and one file per edition text (named from the text
/// file's path): a build with nothing changed runs nothing, an edited YAML file regenerates, and
/// the generator rewrites only the files whose bytes changed, so editing one language's texts
/// recompiles one Swift file. The plugin never parses YAML; `scalec` does. The same command
/// serves SwiftPM packages and, where Xcode's `XcodeProjectPlugin` exists, Xcode app targets.
@main
struct ScaleCompilerPlugin: BuildToolPlugin {
    /// Keep in step with `ModuleGenerator.outputFileName`.
    static let outputFileName = "ScaleTables.swift"

    /// The generated file of `<edition>/text.<language>.yaml` (relative to the scale folder), nil
    /// for any other file. Keep in step with `ModuleGenerator.textFileName(edition:language:)`
    /// and the compiler's `ScaleFileRole`.
    static func textOutputName(relativePath: String) -> String? {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !["glossary", "relations"].contains(parts[0]), parts[1].hasPrefix("text."),
            parts[1].hasSuffix(".yaml"), !parts[1].hasSuffix(".sources.yaml"), parts[1].count > "text..yaml".count
        else { return nil }
        return "ScaleText-\(parts[0])-\(parts[1].dropFirst(5).dropLast(5)).swift"
    }

    struct MissingScaleFile: Error, CustomStringConvertible {
        var target: String
        var description: String {
            "ScaleCompilerPlugin: target '\(target)' has no scale.yaml in its folder; add one or remove the plugin"
        }
    }

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        return try Self.commands(
            target: target.name, files: sourceTarget.sourceFiles.map(\.url), tool: context.tool(named: "scalec").url,
            workDirectory: context.pluginWorkDirectoryURL, root: context.package.directoryURL)
    }

    /// The one build command for a target whose files are `files`; the scale folder is the one
    /// holding `scale.yaml`.
    static func commands(target: String, files: [URL], tool: URL, workDirectory: URL, root: URL) throws -> [Command] {
        let scaleFiles = files.filter { ["yaml", "yml"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
        guard let scaleFile = scaleFiles.first(where: { $0.lastPathComponent == "scale.yaml" }) else {
            throw MissingScaleFile(target: target)
        }
        let folder = scaleFile.deletingLastPathComponent()
        let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        let textOutputs = scaleFiles.compactMap { file -> String? in
            guard file.path.hasPrefix(prefix) else { return nil }
            return textOutputName(relativePath: String(file.path.dropFirst(prefix.count)))
        }
        let outputs = ([outputFileName] + textOutputs).map { workDirectory.appending(path: $0) }
        return [
            .buildCommand(
                displayName: "Compiling scale \(folder.lastPathComponent) for \(target)",
                executable: tool,
                arguments: ["generate", folder.path, "--output-directory", workDirectory.path, "--package-root", root.path],
                inputFiles: scaleFiles + [tool],
                outputFiles: outputs
            )
        ]
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension ScaleCompilerPlugin: XcodeBuildToolPlugin {
    /// The same command for a target of an Xcode project: its YAML input files are the scale.
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        try Self.commands(
            target: target.displayName, files: target.inputFiles.map(\.url), tool: context.tool(named: "scalec").url,
            workDirectory: context.pluginWorkDirectoryURL, root: context.xcodeProject.directoryURL)
    }
}
#endif
