import Foundation
import ScaleCompiler

/// A small valid scale; the fuzz input replaces one of its files, chosen by the first byte.
private let fixture: [(relativePath: String, text: String)] = [
    ("scale.yaml", "schema: 1\nid: fuzz\neditions:\n  - {id: a, source-language: en}\n  - {id: b, source-language: en}\n"),
    (
        "a/structure.yaml",
        "schema: 1\nedition: a\nlevels: {min: 1, max: 3}\nsections:\n  - id: main\n    items:\n      - {id: alpha, kind: rated}\n      - id: beta\n        kind: measured\n        measure: {unit: percent, values: decimal, rounding: nearest, domain: {at-least: 0, at-most: 100}, levels: {1: {below: 50}, 2: {at-least: 50, at-most: 79}, 3: {at-least: 80}}}\n      - {id: gamma, kind: criteria, criteria: [x, w], levels-by-count: {0: 1, 1: 2, 2: 3}}\nbands:\n  - {id: low, min: 3, max: 5}\n  - {id: high, min: 6, max: 9}\n"
    ),
    (
        "a/text.en.yaml",
        "schema: 1\nedition: a\nlanguage: en\ntitle: A\nsections: {main: Main}\nbands: {low: Low, high: High}\nitems:\n  alpha: {title: Alpha, definition: A., levels: {1: One, 2: Two, 3: Three}}\n  beta: {title: Beta, definition: B., levels: {1: One, 2: Two, 3: Three}}\n  gamma: {title: Gamma, definition: G., levels: {1: One, 2: Two, 3: Three}, criteria: {x: X, w: W}}\n"
    ),
    ("b/structure.yaml", "schema: 1\nedition: b\nlevels: {min: 1, max: 3}\nsections:\n  - id: main\n    items:\n      - {id: alpha, kind: rated}\nbands:\n  - {id: all, min: 1, max: 3}\n"),
    ("b/text.en.yaml", "schema: 1\nedition: b\nlanguage: en\ntitle: B\nsections: {main: Main}\nbands: {all: All}\nitems:\n  alpha: {title: Alpha, definition: A., levels: {1: One, 2: Two, 3: Three}}\n"),
    (
        "relations/a--b.yaml",
        "schema: 1\nfrom: a\nto: b\nrelations:\n  - {from: alpha, to: alpha, relation: rescaled, level-map: {1: 1, 2: 2, 3: 3}, note: N.}\n  - {from: beta, relation: none, note: N.}\n  - {from: gamma, relation: none, note: N.}\n"
    ),
]

/// libFuzzer entry: the whole compile (and, when it succeeds, generation and coverage) must
/// never crash on any file content.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCompile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let target = Int(data[0]) % fixture.count
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let files = fixture.enumerated().map { index, file in
        (relativePath: file.relativePath, bytes: index == target ? bytes : Array(file.text.utf8))
    }
    let result = ScaleCompilation.compile(ScaleSource(directory: "fuzz", files: files))
    if let scale = result.scale {
        _ = ModuleGenerator.generate(scale, inputPaths: result.inputPaths)
        _ = Coverage(scale: scale, translations: result.translations)
    }
    return 0
}

/// libFuzzer's driver, linked by `-sanitize=fuzzer`; it calls the callback with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
var count = CommandLine.argc
exit(runFuzzerDriver(&count, &arguments) { data, size in fuzzCompile(data, size) })
