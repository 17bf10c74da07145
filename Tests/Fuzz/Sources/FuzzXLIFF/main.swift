import Foundation
import ScaleCompiler

/// libFuzzer entry: any bytes through the XLIFF reader must give a document or located
/// diagnostics; a document that names a destination must name a text file of its edition; and
/// applying it to the fixture scale (then compiling the edited text) must never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLIFF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(path: "fuzz.xlf", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let (document, diagnostics) = XLIFFDocument.read(file)
    for diagnostic in diagnostics where diagnostic.location.line < 1 || diagnostic.location.column < 1 {
        fatalError("diagnostic outside the file: \(diagnostic)")
    }
    guard let document, let scale = Fixture.compiled.scale, let fallback = scale.edition("a") else { return 0 }
    let (destination, _) = XLIFFImport.destination(of: document, in: scale)
    if let destination {
        let parts = destination.relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == destination.edition.id, parts[1] == "text.\(destination.language).yaml",
            !parts[1].dropFirst(5).dropLast(5).contains(".")
        else { fatalError("an import would write '\(destination.relativePath)'") }
    }
    let edition = destination?.edition ?? fallback
    let language = destination?.language ?? LanguageTag("de")
    let relative = "\(edition.id)/text.\(language).yaml"
    let existing = Fixture.files.first { $0.relativePath == relative }.map { SourceFile(path: "fuzz/\(relative)", text: $0.text) }
    let result = XLIFFImport.apply(
        document, xliffPath: file.path, to: existing, textPath: "fuzz/\(relative)", edition: edition, language: language)
    if let edited = result.file, !result.changed.isEmpty, destination != nil {
        _ = ScaleCompilation.compile(Fixture.source(replacing: relative, with: edited.bytes))
    }
    return 0
}

// `FUZZ_XLIFF_WRITE_SEEDS=<folder> FuzzXLIFF` writes the seed documents and exits.
if let folder = ProcessInfo.processInfo.environment["FUZZ_XLIFF_WRITE_SEEDS"] {
    for (index, seed) in Fixture.seeds().enumerated() {
        _ = FileManager.default.createFile(atPath: "\(folder)/fixture-\(index).xlf", contents: Data(seed.utf8))
    }
    exit(0)
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
exit(runFuzzerDriver(&count, &arguments) { data, size in fuzzXLIFF(data, size) })
