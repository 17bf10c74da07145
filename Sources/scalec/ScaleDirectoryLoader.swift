import Foundation
import ScaleCompiler

/// Reads a scale folder into a ``ScaleSource``: every file up to two levels deep, hidden files
/// and folders skipped.
enum ScaleDirectoryLoader {
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    static func load(_ directory: String) throws -> ScaleSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError(description: "'\(directory)' is not a scale folder (no such directory)")
        }
        let root = URL(fileURLWithPath: directory)
        var files: [(relativePath: String, bytes: [UInt8])] = []
        for relativePath in try listFiles(root, prefix: "", depth: 2) {
            let url = root.appendingPathComponent(relativePath)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw LoadError(description: "\(ScaleSource.join(directory, relativePath)): cannot read the file")
            }
            files.append((relativePath, [UInt8](data)))
        }
        return ScaleSource(directory: trimmed(directory), files: files)
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
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                if depth > 1 { result += try listFiles(root, prefix: relative, depth: depth - 1) }
            } else {
                result.append(relative)
            }
        }
        return result
    }
}
