import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler

/// `scalec generate <scale-dir> --output <file>` (one file) or `--output-directory <dir>` (one file
/// per scale and per edition text, as the build plugin declares them): the Swift module source,
/// written only when there is no error and each file only when its bytes changed.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Generate the Swift source of a scale's module.")

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(name: .shortAndLong, help: "The Swift file to write (all declarations in one file).")
    var output: String?

    @Option(help: "The folder to write the module's files in: ScaleTables.swift and one ScaleText-<edition>-<language>.swift per text file.")
    var outputDirectory: String?

    @Option(help: "The folder that paths in the generated header are relative to (default: the current folder).")
    var packageRoot: String?

    func validate() throws {
        guard (output == nil) != (outputDirectory == nil) else {
            throw ValidationError("give either --output FILE or --output-directory DIR")
        }
    }

    func run() throws {
        let (scale, result) = try CompiledScale.load(scaleDirectory)
        let inputPaths = result.inputPaths.map { relativePrefix() + $0 }
        guard let outputDirectory else {
            let code = ModuleGenerator.generate(scale, swiftName: result.swiftName, inputPaths: inputPaths)
            return try OutputFile.writeUserOutput(code, to: output, protecting: scaleDirectory)
        }
        // Every file is rendered before the first is written: an error leaves the folder as it was.
        let files = ModuleGenerator.files(scale, swiftName: result.swiftName, inputPaths: inputPaths)
        for file in files {
            try OutputFile.writeUserOutput(file.code, to: ScaleSource.join(outputDirectory, file.name), protecting: scaleDirectory)
        }
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
