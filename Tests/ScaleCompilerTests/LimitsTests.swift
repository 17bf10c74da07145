import Testing

@testable import ScaleCompiler

/// Every limit gives a clear error, and hostile documents stop early.
@Suite struct LimitsTests {
    private func read(_ text: String) -> [Diagnostic] { YAMLReader.read(SourceFile(path: "t.yaml", text: text)).diagnostics }

    @Test func aFileOverTheSizeLimitIsRejectedBeforeParsing() {
        let huge = SourceFile(path: "t.yaml", bytes: Array(repeating: UInt8(ascii: "a"), count: Limits.fileSize + 1))
        let diagnostics = YAMLReader.read(huge).diagnostics
        #expect(diagnostics.map(\.code) == [.limitExceeded])
        #expect(diagnostics.first?.message == "file is 8388609 bytes; input files are limited to 8 MiB")
    }

    @Test func aValueOverTheLengthLimitIsRejected() {
        let diagnostics = read("a: " + String(repeating: "x", count: Limits.scalarLength + 1) + "\n")
        #expect(diagnostics.map(\.code) == [.limitExceeded])
        #expect(diagnostics.first?.location.column == 4)
    }

    @Test func tooManyValuesAreRejected() {
        let diagnostics = read("a: [" + String(repeating: "1,", count: Limits.nodesPerFile) + "1]\n")
        #expect(diagnostics.map(\.code) == [.limitExceeded])
    }

    @Test func aBillionLaughsDocumentStopsAtItsFirstAnchor() {
        var document = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (index, name) in "bcdefghi".enumerated() {
            let previous = Array("abcdefgh")[index]
            document += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        let diagnostics = read(document)
        #expect(diagnostics.map(\.code) == [.anchorNotAllowed])
        #expect(diagnostics.first?.location == SourceLocation(file: "t.yaml", line: 1, column: 4))
    }

    private func structure(items: Int, levels: Int = 5, criteria: Int = 0) -> [(relativePath: String, bytes: [UInt8])] {
        var yaml = "schema: 1\nedition: e\nlevels: {min: 1, max: \(levels)}\nsections:\n  - id: s\n    items:\n"
        for index in 0..<items { yaml += "      - {id: i\(index), kind: rated}\n" }
        if criteria > 0 {
            let ids = (0..<criteria).map { "c\($0)" }.joined(separator: ", ")
            let map = (0...criteria).map { "\($0): 1" }.joined(separator: ", ")
            yaml += "      - {id: counted, kind: criteria, criteria: [\(ids)], levels-by-count: {\(map)}}\n"
        }
        let total = items + (criteria > 0 ? 1 : 0)
        yaml += "bands:\n  - {id: all, min: \(total), max: \(total * levels)}\n"
        let scale = "schema: 1\nid: big\neditions:\n  - {id: e, source-language: en}\n"
        return [("scale.yaml", Array(scale.utf8)), ("e/structure.yaml", Array(yaml.utf8))]
    }

    private func codes(_ files: [(relativePath: String, bytes: [UInt8])]) -> [DiagnosticCode] {
        ScaleCompilation.compile(ScaleSource(directory: "big", files: files)).diagnostics
            .filter { $0.severity == .error }.map(\.code)
    }

    @Test func tooManyItemsAreRejected() {
        #expect(codes(structure(items: Limits.itemsPerEdition + 1)).contains(.limitExceeded))
    }

    @Test func tooManyLevelsAreRejected() {
        #expect(codes(structure(items: 2, levels: Limits.levelCount + 1)).contains(.limitExceeded))
    }

    @Test func tooManyCriteriaAreRejected() {
        #expect(codes(structure(items: 1, criteria: Limits.criteriaPerItem + 1)).contains(.limitExceeded))
    }
}
