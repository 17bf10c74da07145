/// Tags, directives, documents, and the characters libyaml's reader rejects.
extension YAMLSyntaxExplanation {
    /// "found undefined tag handle": a well-formed tag (`!x!value`), which scale files do not use.
    func undefinedTagHandle() -> Finding {
        let line = lines.line(containing: problem)
        var end = problem + 1
        while end < line.contentEnd, bytes[end] != 0x21, bytes[end] != 0x20 { end += 1 }
        let handle = lines.excerpt(problem, min(end + 1, line.contentEnd))
        return Finding(
            code: .tagNotAllowed,
            message: "'\(handle)' is a YAML tag handle, and scale files use no tags; remove the tag, or quote the text if it starts with '!'",
            at: problem)
    }

    /// A tag libyaml cannot read (`!<x`, `!a%zz`): text starting with `!`.
    func malformedTag() -> Finding? {
        guard let start = context, byte(at: start) == 0x21 else { return nil }
        let line = lines.line(containing: start)
        return Finding(
            message: "text starting with '!' is read as a YAML tag, and scale files use none; quote the text",
            at: start, fix: isValueStart(start, on: line) ? quoting(from: start, on: line) : nil)
    }

    /// `%YAML`, `%TAG` and every problem inside one.
    func directive() -> Finding {
        let start = error.stage == .scanner ? (context ?? problem) : problem
        let line = lines.line(containing: start)
        return Finding(
            message: "'\(lines.excerpt(line.start, line.contentEnd))' is a YAML directive, and scale files use none; remove the line",
            at: line.start, fix: removingLine(line))
    }

    /// "did not find expected <document start>": a `...` that ended the document, or a directive
    /// after it began.
    func contentAfterDocument() -> Finding? {
        if error.open.isEmpty, let root = error.lastNode, root.kind == .plainScalar {
            // The whole document is one line of text: its first key lacks ':' (or the space after it).
            return missingColon(at: root.start)
        }
        var number = lines.line(containing: problem).number
        while let above = lines.previousContentLine(before: number) {
            number = above.number
            guard above.indentation == 0 else { continue }
            if bytes[above.start] == 0x25 {
                return Finding(
                    message: "'\(lines.excerpt(above.start, above.contentEnd))' is a YAML directive, which may only stand before the document, and scale files use none; remove the line",
                    at: above.start, fix: removingLine(above))
            }
            if bytes[above.start..<above.contentEnd].elementsEqual("...".utf8) {
                return Finding(
                    message: "'...' ends the document here, and more follows it; remove the line (a scale file holds one document)",
                    at: above.start, fix: removingLine(above))
            }
        }
        return nil
    }

    /// Characters libyaml's reader rejects; located by the reader's byte offset.
    func readerProblem() -> Finding? {
        guard error.problem == YAMLSyntaxProblem.controlCharacter.rawValue, error.readerValue >= 0,
            let scalar = Unicode.Scalar(UInt32(clamping: error.readerValue))
        else {
            guard let words = error.problem else { return nil }
            return Finding(message: "the file cannot be read as UTF-8 text here (libyaml: \(words))", at: problem)
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let kind = scalar.value < 0xA0 ? "the control character" : "the noncharacter"
        return Finding(
            message: "\(kind) \(name) cannot appear in a YAML file; remove it", at: problem,
            fix: ByteFix(start: problem, length: String(scalar).utf8.count, replacement: ""))
    }

    /// Removes a line with its line feed.
    private func removingLine(_ line: YAMLLine) -> ByteFix {
        ByteFix(start: line.start, length: min(line.end + 1, bytes.count) - line.start, replacement: "")
    }
}
