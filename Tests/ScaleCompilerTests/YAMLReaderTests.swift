import Testing

@testable import ScaleCompiler

/// The located YAML tree and every input the reader rejects.
@Suite struct YAMLReaderTests {
    private func read(_ text: String) -> (YAMLNode?, [Diagnostic]) {
        YAMLReader.read(SourceFile(path: "t.yaml", text: text))
    }

    private func read(bytes: [UInt8]) -> (YAMLNode?, [Diagnostic]) {
        YAMLReader.read(SourceFile(path: "t.yaml", bytes: bytes))
    }

    private func only(_ diagnostics: [Diagnostic]) -> Diagnostic? {
        #expect(diagnostics.count == 1, "\(diagnostics)")
        return diagnostics.first
    }

    @Test func locatesEveryNodeInUTF8ByteColumns() throws {
        let (root, diagnostics) = read("åäö: x\nøæ:\n  - ja\n")
        #expect(diagnostics.isEmpty)
        guard case .mapping(let mapping) = root else { throw Failure("expected a mapping") }
        #expect(mapping.entries[0].key.location == SourceLocation(file: "t.yaml", line: 1, column: 1))
        // "åäö: " is 3 two-byte letters, a colon and a space: x starts at byte 9.
        #expect(mapping.entries[0].value.location == SourceLocation(file: "t.yaml", line: 1, column: 9))
        guard case .sequence(let list) = mapping.entries[1].value else { throw Failure("expected a sequence") }
        #expect(list.elements[0].location == SourceLocation(file: "t.yaml", line: 3, column: 5))
    }

    @Test func errorColumnsCountBytesAfterNordicLetters() throws {
        let (_, diagnostics) = read("tittel: ø\nnøkkel: [a, b\n")
        let diagnostic = try #require(only(diagnostics))
        #expect(diagnostic.code == .yamlSyntax)
        // At the unclosed '[': its 9th character, its 10th byte after 'ø'.
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 2, column: 10))
        let (_, other) = read("æøå: \"a\" b\n")
        let misplaced = try #require(only(other))
        // The stray `b` is the 11th character but starts at the 13th byte.
        #expect(misplaced.location == SourceLocation(file: "t.yaml", line: 1, column: 13))
    }

    @Test func keepsScalarStyleAndText() throws {
        let (root, _) = read("a: no\nb: 'no'\nc: |\n  linje 1\n  linje 2\n")
        guard case .mapping(let mapping) = root else { throw Failure("expected a mapping") }
        let values = mapping.entries.compactMap { entry -> YAMLScalar? in
            if case .scalar(let scalar) = entry.value { return scalar }
            return nil
        }
        #expect(values.map(\.value) == ["no", "no", "linje 1\nlinje 2\n"])
        #expect(values.map(\.style) == [.plain, .singleQuoted, .literal])
    }

    @Test func rejectsDuplicateKeysWithANoteAtTheFirst() throws {
        let diagnostic = try #require(only(read("id: a\nnavn: b\nid: c\n").1))
        #expect(diagnostic.code == .duplicateKey)
        #expect(diagnostic.location.line == 3)
        #expect(diagnostic.notes.first?.location?.line == 1)
    }

    @Test(arguments: [
        ("a: &x 1\nb: *x\n", DiagnosticCode.anchorNotAllowed, 1, 4),
        ("a: [1]\nb: *x\n", .aliasNotAllowed, 2, 4),
        ("a: !!str 1\n", .tagNotAllowed, 1, 4),
        ("a: !local x\n", .tagNotAllowed, 1, 4),
        ("base: {x: 1}\nother:\n  <<: {y: 2}\n", .mergeKeyNotAllowed, 3, 3),
        ("a: 1\n---\nb: 2\n", .multipleDocuments, 2, 1),
        ("? [a, b]\n: c\n", .complexKey, 1, 3),
        // libyaml rejects the surrogate itself and points at its hex digits.
        ("a: \"\\uD800\"\n", .yamlSyntax, 1, 7),
    ])
    func rejectsYAMLFeaturesOutsideTheSubset(input: String, code: DiagnosticCode, line: Int, column: Int) throws {
        let (root, diagnostics) = read(input)
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == code, "\(diagnostic)")
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column == column)
    }

    @Test(arguments: [#""\0""#, #""\x00""#, #""\x85""#, #""\u2028""#, #""\e""#, #""\uFFFE""#, #""\x7F""#])
    func rejectsEscapesThatSmuggleInForbiddenCharacters(escaped: String) throws {
        let (root, diagnostics) = read("a: \(escaped)\n")
        #expect(root == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == .invalidEscape)
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 1, column: 4))
    }

    @Test func acceptsTabsAndNewlinesWrittenAsEscapes() {
        #expect(read(#"a: "x\ty\nz""# + "\n").1.isEmpty)
    }

    @Test func rejectsAByteOrderMarkWithAFixIt() throws {
        let diagnostic = try #require(only(read(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)).1))
        #expect(diagnostic.code == .byteOrderMark)
        #expect(diagnostic.fixIts.first?.length == 3)
    }

    @Test func rejectsCRLFAtTheFirstCarriageReturn() throws {
        let diagnostic = try #require(only(read("a: 1\r\nb: 2\r\n").1))
        #expect(diagnostic.code == .carriageReturn)
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 1, column: 5))
        #expect(diagnostic.notes.first?.message == "2 carriage returns in this file in all")
    }

    @Test func rejectsTabIndentationAtTheTab() throws {
        let diagnostic = try #require(only(read("a:\n\tb: 1\n").1))
        #expect(diagnostic.code == .tabIndentation)
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 2, column: 1))
    }

    @Test func acceptsTabsInsideText() {
        #expect(read("a: \"x\\ty\"\nb: x\ty\n").1.isEmpty)
    }

    @Test func rejectsInvalidUTF8AtTheBadByte() throws {
        let bytes = Array("navn: bl".utf8) + [0xE5] + Array("bær\n".utf8)  // Latin-1 å
        let diagnostic = try #require(only(read(bytes: bytes).1))
        #expect(diagnostic.code == .invalidUTF8)
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 1, column: 9))
    }

    @Test(arguments: [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func rejectsOverlongSurrogateAndTruncatedSequences(sequence: [UInt8]) {
        #expect(InputScreening.firstInvalidUTF8(Array("a: ".utf8) + sequence) != nil)
    }

    @Test func rejectsNULBytes() throws {
        let diagnostic = try #require(only(read(bytes: Array("a: x".utf8) + [0] + Array("\n".utf8)).1))
        #expect(diagnostic.code == .nulByte)
        #expect(diagnostic.location.column == 5)
    }

    @Test func rejectsUnicodeLineSeparatorsThatLibyamlCountsAsLineBreaks() throws {
        let diagnostic = try #require(only(read("a: x\u{2028}y\nb: 2\n").1))
        #expect(diagnostic.code == .unicodeLineBreak)
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 1, column: 5))
    }

    @Test func limitsNestingDepth() throws {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n"
        let diagnostic = try #require(read(deep).1.first)
        #expect(diagnostic.code == .nestingTooDeep)
    }

    @Test func anEmptyFileHasNoRootAndNoError() {
        let (root, diagnostics) = read("")
        #expect(root == nil)
        #expect(diagnostics.isEmpty)
    }
}

struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
