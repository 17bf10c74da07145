import Foundation
import IPSFidelity
import ScaleCompiler

// Children of the first-access benchmark: each does one thing first, in a fresh process.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--child-first-access" {
    FirstAccessBenchmark.childFirstAccess()
    exit(0)
}
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--child-first-access-texts" {
    FirstAccessBenchmark.childFirstAccessWithTexts()
    exit(0)
}
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--child-decode" {
    FirstAccessBenchmark.childDecode(CommandLine.arguments[2])
    exit(0)
}

// First, before anything touches it: the cost of the generated static tables' first access.
let firstAccessStart = ContinuousClock.now
let firstEdition = IPSFidelity2008.definition
let firstAccessElapsed = ContinuousClock.now - firstAccessStart
let firstAccess = Double(firstAccessElapsed.components.attoseconds) / 1e18 + Double(firstAccessElapsed.components.seconds)

let arguments = CommandLine.arguments
let quick = arguments.contains("--quick")
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let modules = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().appendingPathComponent("Modules")

// `--profile-reader`: only our reader, for a profiler (valgrind --tool=callgrind).
if arguments.contains("--profile-reader") {
    let big = Synthetic.scale(items: 2000)
    let file = big.entries.first { $0.relativePath.hasSuffix("text.nb.yaml") }?.file ?? SourceFile(path: "", bytes: [])
    for _ in 0..<3 { _ = YAMLReader.read(file) }
    exit(0)
}

/// The typed runtime's two ratios: scoring against its floor, comparing against one scoring.
func typedRuntimeRows(sheets: Int) -> [String] {
    let figures = TypedRuntimeBenchmark.run(sheets: sheets)
    func nanoseconds(_ seconds: Double) -> String { String(format: "%.1f ns", seconds * 1e9) }
    return [
        "| score \(sheets.formatted()) complete sheets through the typed `Sheet` (2008) | floor: sum 25 bytes per sheet \(nanoseconds(figures.floor)) | typed \(nanoseconds(figures.scoring)) per sheet | **\(ratio(figures.scoring, figures.floor)) the floor** (checksum \(figures.checksum % 1000)) |",
        "| compare \(sheets.formatted()) complete sheet pairs (2008 → fi-2026) through an `EditionComparisonPlan` | one typed scoring \(nanoseconds(figures.scoring)) | \(nanoseconds(figures.comparing)) per pair | **\(ratio(figures.comparing, figures.scoring)) one scoring** |",
    ]
}

// `--first-access`: only the first-access row.
if arguments.contains("--first-access") {
    for row in FirstAccessBenchmark.run(rounds: quick ? 7 : 21) { print(row) }
    exit(0)
}

// `--reader`: only the reader row.
if arguments.contains("--reader") {
    let text = Synthetic.scale(items: 5000).entries.first { $0.relativePath.hasSuffix("text.nb.yaml") }?.file.bytes ?? []
    for row in ReaderBenchmark.run(text) { print(row) }
    exit(0)
}

// `--whole-process`: only `scalec check` against libyaml's bare parse, both as processes.
// `swift build -c release` builds `scalec`; building only `scale-bench` leaves the plugin's host copy.
let binaries = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent()
let scalecBinary = ["scalec", "scalec-tool"].map { binaries.appendingPathComponent($0) }
    .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? binaries.appendingPathComponent("scalec")
if arguments.contains("--whole-process") {
    for row in WholeProcessBenchmark.run(packageRoot: packageRoot, scalec: scalecBinary, rounds: quick ? 11 : 31) { print(row) }
    exit(0)
}

// `--runtime`: only the typed runtime rows.
// `--sheets N`: that many (for counting allocations under valgrind: run twice, subtract).
if arguments.contains("--runtime") {
    let count = arguments.firstIndex(of: "--sheets").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil }
    for row in typedRuntimeRows(sheets: count ?? (quick ? 100_000 : 1_000_000)) { print(row) }
    exit(0)
}

print("| measurement | | | |")
print("|---|---|---|---|")
for row in WholeProcessBenchmark.run(packageRoot: packageRoot, scalec: scalecBinary, rounds: quick ? 11 : 31) { print(row) }
let big = Synthetic.scale(items: 5000)
let bigText = big.entries.first { $0.relativePath.hasSuffix("text.nb.yaml") }?.file.bytes ?? []
for row in ReaderBenchmark.run(bigText) { print(row) }
print(PipelineBenchmark.run("Scales/ips-fidelity", PipelineBenchmark.realScale(root: packageRoot)))
for size in [500, 5000] { print(PipelineBenchmark.run("synthetic \(size) items", Synthetic.scale(items: size))) }
// `--compile-sizes 500,2500`: only the module compile times, at those sizes.
if let flag = arguments.firstIndex(of: "--compile-sizes"), flag + 1 < arguments.count {
    let sizes = arguments[flag + 1].split(separator: ",").compactMap { Int($0) }
    for row in ModuleCompileBenchmark.run(sizes: sizes, modules: modules) { print(row) }
    exit(0)
}
for row in ModuleCompileBenchmark.run(sizes: quick ? [25, 500] : [25, 500, 5000], modules: modules) { print(row) }
for row in typedRuntimeRows(sheets: quick ? 100_000 : 1_000_000) { print(row) }
for row in FirstAccessBenchmark.run(rounds: quick ? 7 : 21) { print(row) }
for row in RuntimeBenchmark.run(sheets: quick ? 100_000 : 1_000_000, comparisons: quick ? 100_000 : 1_000_000, firstAccess: firstAccess) {
    print(row)
}
_ = firstEdition
