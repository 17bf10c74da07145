import Foundation
import ScaleCompiler

/// `scalec check` and `generate` work (in process: read, decode, validate; then generate) on the
/// real scale and on synthetic scales.
enum PipelineBenchmark {
    static func realScale(root: URL) -> ScaleSource {
        let folder = root.appendingPathComponent("Scales/ips-fidelity")
        var files: [(relativePath: String, bytes: [UInt8])] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".yaml"), let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
            else { continue }
            files.append((path, [UInt8](data)))
        }
        return ScaleSource(directory: "Scales/ips-fidelity", files: files)
    }

    static func run(_ name: String, _ source: ScaleSource) -> String {
        var result: CompilationResult?
        let check = median(5) { result = ScaleCompilation.compile(source) }
        guard let scale = result?.scale else { return "| \(name) | does not compile |" }
        var code = ""
        let generate = median(5) { code = ModuleGenerator.generate(scale, swiftName: result?.swiftName, inputPaths: result?.inputPaths ?? []) }
        let bytes = source.entries.reduce(0) { $0 + $1.file.bytes.count }
        return "| check + generate, \(name) (\(bytes / 1000) kB YAML, \(code.utf8.count / 1000) kB Swift) | check \(milliseconds(check)) | generate \(milliseconds(generate)) | total \(milliseconds(check + generate)) |"
    }
}
