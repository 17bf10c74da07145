import ArgumentParser
import Foundation
import ScaleCompiler

/// `scalec generate <scale-dir> --output <file>`: the Swift module source, written only when
/// there is no error and only when its bytes changed.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Generate the Swift source of a scale's module.")

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(name: .shortAndLong, help: "The Swift file to write.")
    var output: String

    @Option(help: "The folder that paths in the generated header are relative to (default: the current folder).")
    var packageRoot: String?

    func run() throws {
        let (scale, result) = try CompiledScale.load(scaleDirectory)
        let prefix = relativePrefix()
        let code = ModuleGenerator.generate(scale, swiftName: result.swiftName, inputPaths: result.inputPaths.map { prefix + $0 })
        try OutputFile.writeUserOutput(code, to: output, protecting: scaleDirectory)
    }

    /// The scale folder relative to the package root, ending in `/`, for the generated header.
    private func relativePrefix() -> String {
        let folder = URL(fileURLWithPath: scaleDirectory).standardizedFileURL.path
        let root = URL(fileURLWithPath: packageRoot ?? FileManager.default.currentDirectoryPath).standardizedFileURL.path
        if folder == root { return "" }
        if folder.hasPrefix(root + "/") { return String(folder.dropFirst(root.count + 1)) + "/" }
        return URL(fileURLWithPath: folder).lastPathComponent + "/"
    }
}
