import FuzzSupport
import ScaleCompiler
import ScaleRuntime

/// libFuzzer entry: reading any spreadsheet of reviews and scoring its rows must never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpreadsheet(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let edition = fuzzEdition else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = CSVReader.read(SourceFile(path: "table.csv", bytes: bytes))
    let (sheet, _) = ReviewSpreadsheetReader.read(SourceFile(path: "reviews.csv", bytes: bytes), edition: edition)
    for review in sheet?.reviews ?? [] { _ = try? edition.score(review.scores) }
    return 0
}

runFuzzer { data, size in fuzzSpreadsheet(data, size) }
