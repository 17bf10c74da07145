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

    /// In a child: touch the generated edition and read every language's texts (what the JSON
    /// holds), print the seconds it took.
    static func childFirstAccessWithTexts() {
        let start = ContinuousClock.now
        let texts = IPSFidelity2008.definition.texts
        let elapsed = ContinuousClock.now - start
        print(seconds(elapsed), texts.count)
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
        var withTexts: [Double] = []
        var decode: [Double] = []
        for _ in 0..<rounds {
            if let time = child(me, ["--child-first-access"]) { access.append(time) }
            if let time = child(me, ["--child-first-access-texts"]) { withTexts.append(time) }
            if let time = child(me, ["--child-decode", json.path]) { decode.append(time) }
        }
        guard !access.isEmpty, !withTexts.isEmpty, !decode.isEmpty else { return ["| first access | a child failed | | |"] }
        let a = access.sorted()[access.count / 2]
        let t = withTexts.sorted()[withTexts.count / 2]
        let d = decode.sorted()[decode.count / 2]
        func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }
        return [
            "| the 2008 edition's tables, first thing in a fresh process | generated tables, first access \(ms(a)) (texts built on first use) | decoding the same from JSON (\(data.count / 1000) kB) \(ms(d)) | **JSON is \(ratio(d, a)) slower** (\(rounds) processes each, medians) |",
            "| the same, with both languages' texts read | generated tables and all texts \(ms(t)) | JSON \(ms(d)) | JSON is \(ratio(d, t)) slower |",
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
