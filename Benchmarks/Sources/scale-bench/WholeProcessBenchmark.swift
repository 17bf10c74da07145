import Foundation

/// `scalec check` on the real scale as a whole process (start-up included), against libyaml's
/// bare event parse of the same files as a whole C process (`libyaml-parse.c`, -O2). The two
/// alternate, A B A B …, and the ratio of the medians is printed.
enum WholeProcessBenchmark {
    static func run(packageRoot: URL, scalec: URL, rounds: Int) -> [String] {
        let scale = packageRoot.appendingPathComponent("Scales/ips-fidelity")
        let files = yamlFiles(in: scale)
        let floorBinary = FileManager.default.temporaryDirectory.appendingPathComponent("libyaml-parse")
        let source = packageRoot.appendingPathComponent("Benchmarks/libyaml-parse.c")
        guard execute("/usr/bin/env", ["cc", "-O2", source.path, "-lyaml", "-o", floorBinary.path]) != nil else {
            return ["| scalec check, whole process | cc could not build Benchmarks/libyaml-parse.c | | |"]
        }
        var ours: [Double] = []
        var floor: [Double] = []
        for _ in 0..<rounds {
            if let time = execute(scalec.path, ["check", scale.path]) { ours.append(time) }
            if let time = execute(floorBinary.path, files) { floor.append(time) }
        }
        guard !ours.isEmpty, !floor.isEmpty else { return ["| scalec check, whole process | a command failed | | |"] }
        let a = ours.sorted()[ours.count / 2]
        let b = floor.sorted()[floor.count / 2]
        let bytes = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        return [
            "| `scalec check Scales/ips-fidelity`, whole process, release (\(bytes / 1000) kB of YAML in \(files.count) files) | floor: libyaml event parse of the same files, whole C process (-O2) \(milliseconds(b)) | scalec \(milliseconds(a)) | **\(ratio(a, b)) the floor** (\(rounds) rounds, medians) |"
        ]
    }

    private static func yamlFiles(in folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".yaml") { files.append(folder.appendingPathComponent(path).path) }
        }
        return files.sorted()
    }

    /// Runs a command to its end; its wall time in seconds, nil when it failed.
    private static func execute(_ executable: String, _ arguments: [String]) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = ContinuousClock.now
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        let elapsed = ContinuousClock.now - start
        guard process.terminationStatus == 0 else { return nil }
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
