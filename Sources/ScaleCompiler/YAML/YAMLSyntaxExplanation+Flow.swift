/// Flow collections (`[…]`, `{…}`): one never closed, closed with the wrong bracket, a missing
/// `,`, an empty item, a `- ` inside one.
extension YAMLSyntaxExplanation {
    /// "did not find expected ',' or ']'", "did not find expected ',' or '}'".
    func unfinishedFlowCollection() -> Finding? {
        guard let open = context, let opener = byte(at: open), opener == 0x5B || opener == 0x7B else { return nil }
        let collection = FlowCollection(opener: opener, at: open)
        if let found = byte(at: problem), found == collection.wrongCloser {
            return Finding(
                message: "'\(character(at: problem))' cannot close the \(collection.name) opened with '\(collection.openerText)' at \(lines.place(open)); close it with '\(collection.closerText)'",
                at: problem, fix: ByteFix(start: problem, length: 1, replacement: collection.closerText))
        }
        return unclosed(collection) ?? missingComma(in: collection)
    }

    /// "did not find expected node content".
    func missingValue() -> Finding? {
        let line = lines.line(containing: problem)
        guard let flow = error.open.last, flow.isFlow, let opener = byte(at: flow.start) else {
            guard let first = byte(at: problem), !Self.isPlainStart(first) else { return nil }
            return Finding(
                message: "'\(character(at: problem))' cannot start unquoted text in YAML; quote the text",
                at: problem, fix: isValueStart(problem, on: line) ? quoting(from: problem, on: line) : nil)
        }
        let collection = FlowCollection(opener: opener, at: flow.start)
        let first = byte(at: problem)
        if first == 0x2D, byte(at: problem + 1).map({ $0 == 0x20 || $0 == 0x0A }) ?? true {
            return Finding(
                message: "'- ' starts a block list entry, which cannot stand inside the \(collection.name) opened with '\(collection.openerText)' at \(lines.place(flow.start)); separate its items with ',' alone",
                at: problem)
        }
        if let unclosed = unclosed(collection) { return unclosed }
        if first == 0x2C {
            return Finding(
                message: "two ',' in a row in the \(collection.name) opened with '\(collection.openerText)' at \(lines.place(flow.start)); remove one",
                at: problem, fix: ByteFix(start: problem, length: 1, replacement: ""))
        }
        return Finding(
            message: "a value is missing here, in the \(collection.name) opened with '\(collection.openerText)' at \(lines.place(flow.start))",
            at: problem)
    }

    /// A collection still open at the end of the file, or at a line no more indented than the
    /// one it opens on (where the next key or entry is): it was meant to close before.
    private func unclosed(_ collection: FlowCollection) -> Finding? {
        let opening = lines.line(containing: collection.start)
        let stop = lines.line(containing: problem).number
        var last = opening
        var outside: YAMLLine?
        var number = opening.number
        while number < stop, let next = lines.line(number: number + 1) {
            number += 1
            guard next.hasContent else { continue }
            if next.indentation <= opening.indentation {
                outside = next
                break
            }
            last = next
        }
        let atEnd = bytes[min(problem, bytes.count)...].allSatisfy { $0 == 0x20 || $0 == 0x0A }
        guard outside != nil || atEnd else { return nil }
        let before = outside.map { " before line \($0.number)" } ?? ""
        return Finding(
            message: "the \(collection.name) opened with '\(collection.openerText)' here is not closed\(before); close it with '\(collection.closerText)'",
            at: collection.start, fix: inserting(collection.closerText, at: max(last.contentEnd, collection.start + 1)))
    }

    /// Two items with no `,` between them on one line.
    private func missingComma(in collection: FlowCollection) -> Finding? {
        let line = lines.line(containing: problem)
        guard problem < line.end, problem > line.start else { return nil }
        let separators: Set<UInt8> = [0x20, 0x2C, 0x5B, 0x7B]
        // `{at-least: 41 at-most: 50}`: the plain text before ':' is two items.
        var itemStart = problem
        if byte(at: problem) == 0x3A {
            while itemStart > line.start, !separators.contains(bytes[itemStart - 1]) { itemStart -= 1 }
        }
        var previousEnd = itemStart
        while previousEnd > line.start, bytes[previousEnd - 1] == 0x20 { previousEnd -= 1 }
        let opened = "the \(collection.name) opened with '\(collection.openerText)' at \(lines.place(collection.start))"
        guard previousEnd < itemStart, previousEnd > line.start, ![0x2C, 0x5B, 0x7B, 0x3A].contains(bytes[previousEnd - 1]) else {
            return Finding(message: "expected ',' or '\(collection.closerText)' here, in \(opened)", at: problem)
        }
        var itemEnd = itemStart
        while itemEnd < line.contentEnd, ![0x20, 0x2C, 0x3A, 0x5D, 0x7D].contains(bytes[itemEnd]) { itemEnd += 1 }
        if !collection.isList, !hasColon(before: previousEnd, on: line) {
            // `{"a" 1}`: the item before has no value yet, so its ':' is what is missing.
            let key = lines.excerpt(itemStartOfEntry(before: previousEnd, on: line), previousEnd)
            return Finding(
                message: "':' is missing after the key '\(key)' in \(opened)", at: previousEnd,
                fix: inserting(":", at: previousEnd))
        }
        return Finding(
            message: "',' is missing before '\(lines.excerpt(itemStart, itemEnd))' in \(opened)",
            at: previousEnd, fix: inserting(",", at: previousEnd))
    }
}

extension YAMLSyntaxExplanation {
    /// Where the entry that ends at `end` starts: after the `,` or `{` before it on its line.
    fileprivate func itemStartOfEntry(before end: Int, on line: YAMLLine) -> Int {
        var start = end
        var index = line.start
        while index < end {
            if bytes[index] == 0x22 || bytes[index] == 0x27 {
                index = YAMLLine.quotedEnd(bytes, from: index, to: end)
                continue
            }
            if bytes[index] == 0x2C || bytes[index] == 0x7B { start = index + 1 }
            index += 1
        }
        while start < end, bytes[start] == 0x20 { start += 1 }
        return min(start, end)
    }

    /// True when the entry that ends at `end` holds a `: ` (outside quotes): it is `key: value`.
    fileprivate func hasColon(before end: Int, on line: YAMLLine) -> Bool {
        var index = itemStartOfEntry(before: end, on: line)
        while index < end {
            if bytes[index] == 0x22 || bytes[index] == 0x27 {
                index = YAMLLine.quotedEnd(bytes, from: index, to: end)
                continue
            }
            if bytes[index] == 0x3A, index + 1 >= end || bytes[index + 1] == 0x20 { return true }
            index += 1
        }
        return false
    }
}

/// A `[` or `{` and what closes it, for messages.
private struct FlowCollection {
    let opener: UInt8
    let start: Int

    init(opener: UInt8, at start: Int) {
        self.opener = opener
        self.start = start
    }

    var isList: Bool { opener == 0x5B }
    var name: String { isList ? "list" : "mapping" }
    var openerText: String { isList ? "[" : "{" }
    var closerText: String { isList ? "]" : "}" }
    /// The other kind's closing bracket.
    var wrongCloser: UInt8 { isList ? 0x7D : 0x5D }
}
