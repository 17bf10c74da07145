import Foundation
import GoldenFiles
import ScaleCompiler

/// The files of `Scales/ips-fidelity`, read once, with diagnostics paths as a user sees them.
enum RealScale {
    static let directory = "Scales/ips-fidelity"

    static let files: [(relativePath: String, bytes: [UInt8])] = {
        let root = Golden.packageRoot().appendingPathComponent(directory)
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var result: [(relativePath: String, bytes: [UInt8])] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            result.append((relative, [UInt8](data)))
        }
        return result.sorted { $0.relativePath < $1.relativePath }
    }()

    static var source: ScaleSource { ScaleSource(directory: directory, files: files) }
}
