import FuzzSupport
import ScaleCompiler
import ScaleRuntime

/// libFuzzer entry: reading and scoring any score file must never crash. The first byte picks
/// YAML or JSON (the reader allows tab indentation in JSON).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScoreFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0, let edition = fuzzEdition else { return 0 }
    let path = data[0] % 2 == 0 ? "review.yaml" : "review.json"
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let (sheet, _) = ScoreFileReader.read(SourceFile(path: path, bytes: bytes), edition: edition)
    if let sheet { _ = try? edition.score(sheet.scores) }
    return 0
}

runFuzzer { data, size in fuzzScoreFile(data, size) }
