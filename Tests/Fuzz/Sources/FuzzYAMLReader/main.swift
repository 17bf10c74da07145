import Foundation
import ScaleCompiler

/// libFuzzer entry: any bytes through the YAML reader must give a tree or diagnostics, never a
/// crash, hang or sanitizer report.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(path: "fuzz.yaml", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let (root, diagnostics) = YAMLReader.read(file)
    // Every diagnostic is located inside the file.
    for diagnostic in diagnostics where diagnostic.location.line < 1 || diagnostic.location.column < 1 {
        fatalError("diagnostic outside the file: \(diagnostic)")
    }
    _ = root
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
exit(runFuzzerDriver(&count, &arguments) { data, size in fuzzYAMLReader(data, size) })
