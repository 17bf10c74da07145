import Foundation
import GoldenFiles
import Testing

@testable import ScaleCompiler

/// libyaml's syntax errors in plain words, at their real cause, with a fix-it where the edit is
/// certain: the rows of ``YAMLSyntaxProblem`` that small inline files reach best. The rows real
/// files reach are goldens in `BrokenScaleTests`.
@Suite struct YAMLSyntaxMessageTests {
    /// One expected diagnostic: where, what the message starts with, and the fix-it's edit.
    struct Case: Sendable, CustomStringConvertible {
        var yaml: String
        var line: Int
        var column: Int
        var message: String
        var fixIt: String?
        var code: DiagnosticCode = .yamlSyntax
        var allowsTabs = false

        var description: String { message }
    }

    static let cases: [Case] = [
        // A score file cut off after '[': the cause is the '[', not the end of the file.
        .init(
            yaml: "scores:\n  caseload-size: [\n", line: 2, column: 18,
            message: "the list opened with '[' here is not closed; close it with ']'", fixIt: "2:19 ']'"),
        .init(
            yaml: "a: b: c\n", line: 1, column: 5,
            message: "the text 'b: c' holds ': ', which YAML reads as the start of a key", fixIt: "1:4 '\"b: c\"'"),
        .init(
            yaml: "a: \"x\\\"y\" z\n", line: 1, column: 11,
            message: "'z' follows the closing \" of the quoted text that starts at 1:4", fixIt: "1:4 '\"\\\"x\\\\\\\"y\\\" z\"'"),
        .init(
            yaml: "a: \"Tekst med \"sitat\" inni\"\n", line: 1, column: 16,
            message: "'sitat\" inni\"' follows the closing \" of the quoted text that starts at 1:4",
            fixIt: "1:4 '\"Tekst med \\\"sitat\\\" inni\"'"),
        .init(
            yaml: "a:\n  b: 1\n c: 2\n", line: 3, column: 2,
            message: "'c' at column 2 lines up with no key above it; indent it to column 3", fixIt: "3:1 '  '"),
        .init(
            yaml: "a: \"x\n---\nb\"\n", line: 1, column: 4,
            message: "the double quote opened here is never closed, so its text runs into the '---' on line 2",
            fixIt: "1:6 '\"'"),
        .init(
            yaml: "a: 'x\nb: 2\n", line: 1, column: 4,
            message: "the single quote opened here is never closed, so its text runs to the end of the file",
            fixIt: "1:6 '''"),
        .init(yaml: "a: \"b\\u12\"\n", line: 1, column: 6, message: "'\\u' must be followed by 4 hexadecimal digits"),
        .init(
            yaml: "a: !abc\"d\"\n", line: 1, column: 4,
            message: "text starting with '!' is read as a YAML tag, and scale files use none; quote the text",
            fixIt: "1:4 '\"!abc\\\"d\\\"\"'"),
        .init(
            yaml: "%YAML 1.3\n---\na: 1\n", line: 1, column: 1,
            message: "'%YAML 1.3' is a YAML directive, and scale files use none; remove the line",
            fixIt: "1:1 remove 10"),
        .init(yaml: "a: [b, - c]\n", line: 1, column: 8, message: "'- ' starts a block list entry, which cannot stand inside the list"),
        .init(yaml: "a: b\n- c\n", line: 2, column: 1, message: "a '- ' list entry where the mapping expects a key"),
        .init(yaml: "a: 1\n:\n", line: 2, column: 1, message: "':' with no key before it"),
        .init(
            yaml: "a: x\u{1}y\n", line: 1, column: 5,
            message: "the control character U+0001 cannot appear in a YAML file; remove it", fixIt: "1:5 remove 1"),
        .init(
            yaml: "a: [b, c] ]\n", line: 1, column: 11, message: "an extra ']' after the value that ends at 1:9; remove it",
            fixIt: "1:11 remove 1"),
        .init(
            yaml: "a:\n  b: c\n\tc: d\n", line: 3, column: 1, message: "tab character in indentation",
            code: .tabIndentation, allowsTabs: true),
        .init(
            yaml: "a: {\"b\" 1}\n", line: 1, column: 8, message: "':' is missing after the key '\"b\"' in the mapping",
            fixIt: "1:8 ':'"),
        .init(
            yaml: "a:\n  b: Tekst\n  mer tekst her\n", line: 3, column: 3,
            message: "line 3 is read as a new key, but has no ':'; if 'mer tekst her' continues the text of 'b' above"),
        .init(
            yaml: "items:\n  - id: a\n    kind: rated\n   title: x\n", line: 4, column: 4,
            message: "'title' at column 4 lines up with no key above it; indent it to column 5", fixIt: "4:1 '    '"),
    ]

    @Test(arguments: cases)
    func explainsTheCause(expected: Case) throws {
        let file = SourceFile(path: "t.yaml", text: expected.yaml)
        let (root, diagnostics) = YAMLReader.read(file, allowsTabIndentation: expected.allowsTabs)
        #expect(root == nil)
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == expected.code)
        #expect(diagnostic.message.hasPrefix(expected.message), "\(diagnostic.message)")
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: expected.line, column: expected.column))
        #expect(diagnostic.fixIts.map(Self.describe) == (expected.fixIt.map { [$0] } ?? []))
    }

    /// `line:column 'replacement'`, or `line:column remove n` for a deletion.
    private static func describe(_ fixIt: Diagnostic.FixIt) -> String {
        let place = "\(fixIt.location.line):\(fixIt.location.column)"
        return fixIt.replacement.isEmpty ? "\(place) remove \(fixIt.length)" : "\(place) '\(fixIt.replacement)'"
    }

    /// Every fix-it offered above makes the file readable (or gets libyaml past the line).
    @Test(arguments: cases.filter { $0.fixIt != nil })
    func theFixItRepairsTheFile(expected: Case) throws {
        let file = SourceFile(path: "t.yaml", text: expected.yaml)
        let diagnostic = try #require(YAMLReader.read(file).diagnostics.first)
        let fixIt = try #require(diagnostic.fixIts.first)
        let text = SourceText(file)
        let start = text.byteOffset(line: fixIt.location.line, column: fixIt.location.column)
        var bytes = file.bytes
        bytes.replaceSubrange(start..<(start + fixIt.length), with: Array(fixIt.replacement.utf8))
        #expect(YAMLReader.firstSyntaxErrorLine(in: bytes) == nil)
    }

    /// A problem outside the table keeps libyaml's words, with its context as a note.
    @Test func anUnknownProblemKeepsLibyamlsWords() {
        let file = SourceFile(path: "t.yaml", text: "a: 1\n")
        let error = YAMLSyntaxError(
            stage: .scanner, problem: "found something new", context: "while scanning a test", problemIndex: 3,
            contextIndex: 0)
        let diagnostic = YAMLSyntaxExplanation.diagnostic(for: error, in: SourceText(file))
        #expect(diagnostic.message == "YAML syntax error: found something new")
        #expect(diagnostic.location == SourceLocation(file: "t.yaml", line: 1, column: 4))
        #expect(diagnostic.notes.map(\.message) == ["while scanning a test"])
    }

    /// The reference lists every problem of the table by libyaml's words.
    @Test func everyProblemIsDocumented() throws {
        let url = Golden.packageRoot().appendingPathComponent("Sources/scalec/Documentation.docc/Diagnostics.md")
        let reference = try String(contentsOf: url, encoding: .utf8)
        let section = try #require(reference.components(separatedBy: "## YAML syntax errors").dropFirst().first)
            .replacingOccurrences(of: "\\<", with: "<")
        let undocumented = YAMLSyntaxProblem.allCases.filter { !section.contains($0.rawValue) }
        #expect(undocumented.isEmpty, "undocumented: \(undocumented.map(\.rawValue))")
    }
}
