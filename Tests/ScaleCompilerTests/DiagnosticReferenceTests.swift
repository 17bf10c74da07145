import Foundation
import GoldenFiles
import Testing

@testable import ScaleCompiler

/// Every diagnostic code is documented in the reference, and nothing else is.
@Suite struct DiagnosticReferenceTests {
    @Test func everyCodeIsDocumented() throws {
        let url = Golden.packageRoot().appendingPathComponent("Sources/scalec/Documentation.docc/Diagnostics.md")
        let reference = try String(contentsOf: url, encoding: .utf8)
        let documented = Set(
            reference.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("| `") else { return nil }
                return line.dropFirst(3).split(separator: "`").first.map(String.init)
            })
        let codes = Set(DiagnosticCode.allCases.map(\.rawValue))
        #expect(codes.subtracting(documented).isEmpty, "undocumented: \(codes.subtracting(documented).sorted())")
        #expect(documented.subtracting(codes).isEmpty, "documented but not a code: \(documented.subtracting(codes).sorted())")
    }
}
