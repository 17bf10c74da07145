import Foundation
import IPSFidelity
import ScaleRuntime

/// The generated tables' first access against decoding the same edition from JSON, each the
/// first thing a fresh process does (both cold: a warm decode beside a cold first access would
/// flatter the decoder). The benchmark runs itself in child processes, alternating, and prints
/// the ratio of the medians.
enum FirstAccessBenchmark {
    /// In a child: touch the generated edition, print the seconds it took.
    static func childFirstAccess() {
        let start = ContinuousClock.now
        let edition = IPSFidelity2008.definition
        let elapsed = ContinuousClock.now - start
        print(seconds(elapsed), edition.items.count)
    }

    /// In a child: decode the JSON file, print the seconds it took.
    static func childDecode(_ path: String) {
        let data = FileManager.default.contents(atPath: path) ?? Data()
        let start = ContinuousClock.now
        let edition = EditionJSON.decode(data)
        let elapsed = ContinuousClock.now - start
        print(seconds(elapsed), edition?.items.count ?? 0)
    }

    static func run(rounds: Int) -> [String] {
        let json = FileManager.default.temporaryDirectory.appendingPathComponent("edition-2008.json")
        let data = EditionJSON.encode(IPSFidelity2008.definition)
        guard (try? data.write(to: json)) != nil else { return ["| first access | could not write \(json.path) | | |"] }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).path
        var access: [Double] = []
        var decode: [Double] = []
        for _ in 0..<rounds {
            if let time = child(me, ["--child-first-access"]) { access.append(time) }
            if let time = child(me, ["--child-decode", json.path]) { decode.append(time) }
        }
        guard !access.isEmpty, !decode.isEmpty else { return ["| first access | a child failed | | |"] }
        let a = access.sorted()[access.count / 2]
        let d = decode.sorted()[decode.count / 2]
        return [
            "| the 2008 edition's tables, first thing in a fresh process | generated static tables, first access \(String(format: "%.3f ms", a * 1000)) | decoding the same from JSON (\(data.count / 1000) kB) \(String(format: "%.3f ms", d * 1000)) | **JSON is \(ratio(d, a)) slower** (\(rounds) processes each, medians) |"
        ]
    }

    private static func child(_ executable: String, _ arguments: [String]) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self).split(separator: " ").first.flatMap { Double($0) }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
