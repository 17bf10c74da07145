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

    /// Runs `scalec` (or another program, `program`) with `arguments` in `directory`.
    static func run(_ arguments: [String], in directory: URL = packageRoot, program: URL = executable) throws -> Output {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Files, not pipes: reading a pipe through FileHandle traps on EINTR (swift-corelibs-foundation
        // uses try! there), and a file cannot fill up and block the child.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
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
