import Foundation
import ScaleCompiler

/// How long swiftc takes to compile the generated module (debug, as a package build does), by
/// size: it should grow linearly with the items.
enum ModuleCompileBenchmark {
    static func run(sizes: [Int], modules: URL) -> [String] {
        var rows: [String] = []
        var perItem: [Double] = []
        for size in sizes {
            let result = ScaleCompilation.compile(Synthetic.scale(items: size))
            guard let scale = result.scale else { continue }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(size)")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("ScaleTables.swift")
            try? ModuleGenerator.generate(scale, inputPaths: []).write(to: file, atomically: true, encoding: .utf8)
            let time = median(3) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
                process.arguments = [
                    "swiftc", "-parse-as-library", "-Onone", "-swift-version", "6", "-c", file.path, "-I", modules.path,
                    "-module-name", "Bench\(size)", "-o", folder.appendingPathComponent("out.o").path,
                ]
                try? process.run()
                process.waitUntilExit()
            }
            perItem.append(time / Double(size))
            rows.append(
                "| compile generated module, \(size) items | \(milliseconds(time)) | \(String(format: "%.2f ms", time / Double(size) * 1000)) per item | |")
        }
        return rows
    }
}
