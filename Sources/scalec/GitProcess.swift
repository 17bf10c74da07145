import Foundation
import ScaleCompiler

/// Runs `git` with its arguments passed straight to the process (no shell, so nothing in a
/// revision or path is interpreted), its output captured in a private temporary folder (reading
/// a pipe through FileHandle traps on EINTR) and read back bounded.
enum GitProcess {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Standard output of `git -C directory arguments…`, at most `limit` bytes.
    static func run(_ arguments: [String], in directory: String, limit: Int) -> Result<[UInt8], Failure> {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-git-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            return .failure(Failure(description: "cannot create a temporary folder for git's output: \(error.localizedDescription)"))
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
            FileManager.default.createFile(atPath: errURL.path, contents: nil),
            let out = try? FileHandle(forWritingTo: outURL), let err = try? FileHandle(forWritingTo: errURL)
        else { return .failure(Failure(description: "cannot capture git's output")) }
        defer {
            try? out.close()
            try? err.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            return .failure(Failure(description: "cannot run git: \(error.localizedDescription)"))
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = (try? InputFile.read(errURL.path, limit: 64 * 1024).get()).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            return .failure(Failure(description: "git \(arguments.first ?? "") failed: \(Console.printable(firstLine))"))
        }
        return InputFile.read(outURL.path, limit: limit).mapError { Failure(description: "\($0)") }
    }
}
