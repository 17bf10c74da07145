#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler

/// Reads a scale folder into a `ScaleSource`: the compiler's files up to two levels deep,
/// hidden files and folders skipped. Files the compiler has no use for (the target's Swift file,
/// a README, anything not YAML) are listed but never read; a file over the size limit is left
/// unread and reported by the compiler with its size.
enum ScaleDirectoryLoader {
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    static func load(_ directory: String) throws -> ScaleSource {
        guard InputFile.kind(of: directory) == .directory || isDirectoryFollowingLinks(directory) else {
            throw LoadError(description: "'\(Console.printable(directory))' is not a scale folder (no such directory)")
        }
        let root = URL(fileURLWithPath: directory)
        let display = trimmed(directory)
        var entries: [ScaleSource.Entry] = []
        for relativePath in try listFiles(root, prefix: "", depth: 2) where ScaleSource.isCompilerInput(relativePath) {
            let path = root.appendingPathComponent(relativePath).path
            switch InputFile.source(path, displayPath: ScaleSource.join(display, relativePath), limit: Limits.fileSize) {
            case .success(let file): entries.append(.init(relativePath: relativePath, file: file))
            case .failure(let failure): throw LoadError(description: "\(failure)")
            }
        }
        return ScaleSource(directory: display, entries: entries)
    }

    /// All paths of the folder's files, read or not: the inputs an output must not overwrite.
    static func inputPaths(_ directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        return ((try? listFiles(root, prefix: "", depth: 2)) ?? []).map { root.appendingPathComponent($0).path }
    }

    private static func isDirectoryFollowingLinks(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func trimmed(_ directory: String) -> String {
        var result = directory
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        if result.hasPrefix("./"), result.count > 2 { result.removeFirst(2) }
        return result
    }

    private static func listFiles(_ root: URL, prefix: String, depth: Int) throws -> [String] {
        let folder = prefix.isEmpty ? root : root.appendingPathComponent(prefix)
        var result: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where !name.hasPrefix(".") {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            if isDirectoryFollowingLinks(root.appendingPathComponent(relative).path) {
                if depth > 1 { result += try listFiles(root, prefix: relative, depth: depth - 1) }
            } else {
                result.append(relative)
            }
        }
        return result
    }
}
