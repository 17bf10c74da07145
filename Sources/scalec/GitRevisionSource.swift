#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler

/// A scale folder as it was at a git revision, read into memory with `git ls-tree` and
/// `git cat-file`: the same files the folder loader reads (YAML, two levels deep, hidden ones
/// skipped), each size checked against the limit before it is read.
enum GitRevisionSource {
    static func load(_ directory: String, revision: String) throws -> ScaleSource {
        guard !revision.hasPrefix("-") else { throw failure("'\(Console.printable(revision))' is not a revision") }
        let commit: [UInt8]
        switch GitProcess.run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: directory, limit: 1024) {
        case .success(let bytes): commit = bytes
        case .failure:
            throw failure("no commit '\(Console.printable(revision))' in the git repository of '\(Console.printable(directory))'")
        }
        let hash = String(decoding: commit, as: UTF8.self).trimmingWhitespace()
        // Paths come relative to the folder (`-- .` limits the listing to it), NUL-separated.
        let listing = try run(["ls-tree", "-r", "-l", "-z", hash, "--", "."], in: directory, limit: Limits.fileSize)
        var entries: [ScaleSource.Entry] = []
        let display = "\(directory)@\(revision)"
        for record in listing.split(separator: 0) {
            guard let tab = record.firstIndex(of: 9) else { continue }
            let fields = record[..<tab].split(separator: 32)
            let path = String(decoding: record[record.index(after: tab)...], as: UTF8.self)
            guard fields.count == 4, fields[1].elementsEqual("blob".utf8), isWanted(path) else { continue }
            let object = String(decoding: fields[2], as: UTF8.self)
            let size = Int(String(decoding: fields[3], as: UTF8.self)) ?? Int.max
            let shown = ScaleSource.join(display, path)
            guard size <= Limits.fileSize else {
                entries.append(.init(relativePath: path, file: .unread(path: shown, size: size)))
                continue
            }
            let bytes = try run(["cat-file", "blob", object], in: directory, limit: Limits.fileSize)
            entries.append(.init(relativePath: path, file: SourceFile(path: shown, bytes: bytes)))
        }
        guard entries.contains(where: { $0.relativePath == "scale.yaml" }) else {
            throw failure("'\(Console.printable(directory))' has no scale.yaml at revision \(Console.printable(revision))")
        }
        return ScaleSource(directory: display, entries: entries)
    }

    private static func isWanted(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count <= 2 && !parts.contains { $0.hasPrefix(".") } && ScaleSource.isCompilerInput(path)
    }

    private static func run(_ arguments: [String], in directory: String, limit: Int) throws -> [UInt8] {
        switch GitProcess.run(arguments, in: directory, limit: limit) {
        case .success(let bytes): return bytes
        case .failure(let failure): throw Self.failure(failure.description)
        }
    }

    private static func failure(_ message: String) -> ScaleDirectoryLoader.LoadError {
        ScaleDirectoryLoader.LoadError(description: message)
    }
}
