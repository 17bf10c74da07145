#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `git` with its arguments passed straight to the process (`posix_spawn`: no shell, so
/// nothing in a revision or path is interpreted), its output captured in files of a private
/// temporary folder and read back bounded.
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
            return .failure(Failure(description: "cannot create a temporary folder for git's output: \(ErrorDescription.of(error))"))
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outPath = scratch.appendingPathComponent("stdout").path
        let errPath = scratch.appendingPathComponent("stderr").path
        let status: Int32
        switch spawn(["/usr/bin/env", "git", "-C", directory] + arguments, output: outPath, errors: errPath) {
        case .success(let code): status = code
        case .failure(let failure): return .failure(failure)
        }
        guard status == 0 else {
            let message = (try? InputFile.read(errPath, limit: 64 * 1024).get()).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
            return .failure(Failure(description: "git \(arguments.first ?? "") failed: \(Console.printable(firstLine))"))
        }
        return InputFile.read(outPath, limit: limit).mapError { Failure(description: "\($0)") }
    }

    /// Starts the command with standard input empty and its two outputs in the files named, and
    /// waits for it: its exit status (128 + the signal when a signal ended it).
    private static func spawn(_ command: [String], output: String, errors: String) -> Result<Int32, Failure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = command.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let started = posix_spawn(&pid, command.first ?? "/usr/bin/env", &actions, nil, argv, environ)
        guard started == 0 else { return .failure(Failure(description: "cannot run git: \(ErrorDescription.reason(started))")) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .failure(Failure(description: "cannot wait for git: \(ErrorDescription.reason(errno))")) }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import as functions.
        let signal = status & 0x7f
        return .success(signal == 0 ? (status >> 8) & 0xff : 128 + signal)
    }
}
