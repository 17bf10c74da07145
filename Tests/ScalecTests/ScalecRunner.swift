import Foundation
import GoldenFiles

/// Runs the built `scalec` binary the way a user does.
struct ScalecRunner {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `scalec` beside the test bundle in the build folder.
    static let executable: URL = {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("scalec")
    }()

    static let packageRoot = Golden.packageRoot()

    static func run(_ arguments: [String], in directory: URL = packageRoot) throws -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting so a full pipe cannot block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh folder holding a copy of `Scales/ips-fidelity` named `name`.
    static func copyOfRealScale(named name: String = "ips-fidelity") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: packageRoot.appendingPathComponent("Scales/ips-fidelity"), to: folder.appendingPathComponent(name))
        return folder
    }

    /// Replaces the first occurrence of `find` in a file.
    static func edit(_ file: URL, replacing find: String, with replacement: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard let range = text.range(of: find) else { throw EditError(file: file.path, find: find) }
        try text.replacingCharacters(in: range, with: replacement).write(to: file, atomically: true, encoding: .utf8)
    }

    struct EditError: Error, CustomStringConvertible {
        var file: String
        var find: String
        var description: String { "'\(find)' is not in \(file)" }
    }
}
