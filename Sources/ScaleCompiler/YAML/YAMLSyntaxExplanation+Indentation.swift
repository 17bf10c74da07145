/// Keys and indentation: a key without `:`, a key at a column no mapping has, a line in a list
/// that is no entry. libyaml often stops a line later; these find the line that is wrong.
extension YAMLSyntaxExplanation {
    /// "could not find expected ':'": libyaml stops on the next line; the cause is the line that
    /// starts where a key belongs but has no `:` (its context mark).
    func keyWithoutColon() -> Finding? {
        context.flatMap(missingColon(at:))
    }

    /// The line at `start` stands where a key belongs but is not `key: value`.
    func missingColon(at start: Int) -> Finding? {
        let line = lines.line(containing: start)
        guard start < line.contentEnd else { return nil }
        let content = lines.excerpt(start, line.contentEnd)
        let wordEnd = (start..<line.contentEnd).first { bytes[$0] == 0x20 } ?? line.contentEnd
        let firstWord = lines.excerpt(start, wordEnd, limit: Int.max)
        if let colon = (start..<wordEnd).first(where: { bytes[$0] == 0x3A }), colon > start, colon + 1 < wordEnd,
            Self.isSlug(lines.excerpt(start, colon, limit: Int.max))
        {
            // `schema:1`: a key's ':' needs a space after it.
            let key = lines.excerpt(start, colon)
            return Finding(
                message: "'\(content)' is read as text, not as the key '\(key)': a key's ':' must be followed by a space",
                at: colon + 1, fix: inserting(" ", at: colon + 1))
        }
        guard Self.isPlainStart(bytes[start]) else {
            return Finding(
                message: "'\(content)' stands where a key is expected; a key is plain text followed by ': '", at: start)
        }
        let keyLike = Self.isSlug(firstWord) && wordEnd < line.contentEnd
        if let above = lines.previousContentLine(before: line.number), above.contentColumn == line.column(of: start),
            let value = above.valueStart(in: bytes), Self.isPlainStart(bytes[value]), above.commentStart == nil,
            let colon = above.keyColon
        {
            // The line may continue the plain text of the key above it.
            let key = lines.excerpt(above.contentStart, colon)
            return Finding(
                message: "line \(line.number) is read as a new key, but has no ':'; if '\(content)' continues the text of '\(key)' above, indent it more than '\(key)'; if it is a key, add ':' after it",
                at: start,
                fix: keyLike ? nil : reindentingKey(line, to: above.contentColumn + 2))
        }
        let advice = keyLike ? "add ':' after '\(firstWord)'" : "write 'key: value', or quote the text"
        return Finding(
            message: "'\(content)' stands where a key is expected, but no ':' follows; \(advice)",
            at: start, fix: keyLike ? inserting(":", at: wordEnd) : nil)
    }

    /// "did not find expected key": in a block mapping, something other than a key at the
    /// mapping's column.
    func unexpectedInMapping() -> Finding? {
        let line = lines.line(containing: problem)
        if let after = textAfterNode(on: line) { return after }
        guard let first = byte(at: problem) else { return nil }
        let next = byte(at: problem + 1)
        let endsToken = next == nil || next == 0x20 || next == 0x0A
        switch first {
        case 0x2D where endsToken:
            return Finding(
                message: "a '- ' list entry where the mapping expects a key; a list is the value of a key with nothing after its ':', indented under it",
                at: problem)
        case 0x3A where endsToken:
            return Finding(message: "':' with no key before it; write the key, or remove the ':'", at: problem)
        case 0x5D, 0x7D:
            return Finding(message: "'\(character(at: problem))' with no '[' or '{' open to close; remove it", at: problem)
        case 0x2C:
            return Finding(
                message: "',' separates items only inside '[…]' or '{…}'; remove it, or quote the text it belongs to",
                at: problem)
        default:
            if let found = misplacedLine(line) { return found }
            let mapping = error.open.last { $0.isMapping && !$0.isFlow }?.start ?? context ?? problem
            return Finding(
                message: "'\(lines.excerpt(problem, line.contentEnd))' stands where the mapping that starts at \(lines.place(mapping)) expects a key ('key: value')",
                at: problem)
        }
    }

    /// "did not find expected '-' indicator": in a block list, a line that is no `- ` entry.
    func unexpectedInList() -> Finding? {
        let line = lines.line(containing: problem)
        if let after = textAfterNode(on: line) { return after }
        if let above = lines.previousContentLine(before: line.number), let cut = commentCutText(above: above, line: line) {
            return cut
        }
        guard let sequence = context else { return nil }
        let dashColumn = lines.line(containing: sequence).column(of: sequence)
        if let colon = line.keyColon, problem == line.contentStart, line.contentColumn != dashColumn {
            return misindentedKey(line, key: lines.excerpt(line.contentStart, colon))
        }
        var number = line.number
        var entry: YAMLLine?
        while let above = lines.previousContentLine(before: number), above.indentation + 1 >= dashColumn {
            number = above.number
            if let dash = above.entryDash, above.column(of: dash) == dashColumn {
                entry = above
                break
            }
        }
        if let colon = line.keyColon, problem == line.contentStart, let entry, entry.keyColon != nil {
            let key = lines.excerpt(line.contentStart, colon)
            let target = entry.contentColumn
            return Finding(
                message: "'\(key)' stands at the column of the list's '- ' entries (column \(dashColumn)), so it is in no entry; indent it to column \(target) to put it in the entry on line \(entry.number), or start a new entry with '- '",
                at: problem, fix: reindentingKey(line, to: target))
        }
        return Finding(
            message: "line \(line.number) is inside the list that starts at \(lines.place(sequence)) but is no '- ' entry; start it with '- ', or indent it under the entry above",
            at: problem)
    }

    /// "found a tab character that violates indentation", and the same in a block scalar.
    func tabInIndentation() -> Finding {
        Finding(
            code: .tabIndentation, message: "tab character in indentation; YAML indents with spaces only", at: problem)
    }

    /// A line at a column that fits nothing above it: a key between two mappings' columns, a key
    /// deeper than its siblings, text less indented than the block it belongs to.
    private func misplacedLine(_ line: YAMLLine) -> Finding? {
        let above = lines.previousContentLine(before: line.number)
        if let above, let cut = commentCutText(above: above, line: line) { return cut }
        if line.keyColon == nil, let above, above.keyColon == nil, above.entryDash == nil,
            above.indentation > line.indentation, problem == line.contentStart
        {
            return Finding(
                message: "line \(line.number) is indented less than the text above it (column \(line.contentColumn), not \(above.contentColumn)); indent it to column \(above.contentColumn) to keep it in that text",
                at: problem, fix: reindentingKey(line, to: above.contentColumn))
        }
        guard let colon = line.keyColon, problem == line.contentStart else { return nil }
        return misindentedKey(line, key: lines.excerpt(line.contentStart, colon))
    }

    /// A key whose column matches no mapping open above it: indent it to its nearest siblings'.
    private func misindentedKey(_ line: YAMLLine, key: String) -> Finding? {
        let column = line.contentColumn
        let levels = keyColumns(above: line)
        let deeper = levels.last { $0.column > column }
        let shallower = levels.first { $0.column < column }
        guard let sibling = pickSibling(column: column, deeper: deeper, shallower: shallower) else { return nil }
        let siblingKey = sibling.line.keyColon.map { lines.excerpt(sibling.line.contentStart, $0) } ?? ""
        let target = sibling.column
        let message =
            deeper == nil
            ? "'\(key)' is indented more than '\(siblingKey)' above it (column \(column), not \(target)); indent it to column \(target) to match its siblings"
            : "'\(key)' at column \(column) lines up with no key above it; indent it to column \(target) to match its siblings"
        return Finding(
            message: message, at: line.contentStart,
            note: deeper == nil ? nil : ("its sibling '\(siblingKey)'", sibling.line.contentStart),
            fix: reindentingKey(line, to: target))
    }

    /// The nearer of the two columns around a key's; between two equally near, the deeper one
    /// (a sibling lost a space more often than a parent gained one).
    private func pickSibling(
        column: Int, deeper: (column: Int, line: YAMLLine)?, shallower: (column: Int, line: YAMLLine)?
    ) -> (column: Int, line: YAMLLine)? {
        guard let deeper else { return shallower }
        guard let shallower else { return deeper }
        return column - shallower.column < deeper.column - column ? shallower : deeper
    }

    /// The columns of the keys still open at `line`, deepest first, each with its nearest line.
    private func keyColumns(above line: YAMLLine) -> [(column: Int, line: YAMLLine)] {
        var levels: [(column: Int, line: YAMLLine)] = []
        var limit = Int.max
        var number = line.number
        while limit > 1, let above = lines.previousContentLine(before: number) {
            number = above.number
            if above.keyColon != nil, above.contentColumn < limit { levels.append((above.contentColumn, above)) }
            // A line closes what is deeper than its first character; a list's parent key may
            // stand at the column of the list's `- `.
            limit = min(limit, above.indentation + (above.entryDash == nil ? 1 : 2))
        }
        return levels
    }

    /// Re-indents a key line, unless that would take it past the lines nested under it.
    func reindentingKey(_ line: YAMLLine, to target: Int) -> ByteFix? {
        let value = line.valueStart(in: bytes)
        let nestsLines = value.map { bytes[$0] == 0x7C || bytes[$0] == 0x3E } ?? true
        if nestsLines, let next = lines.nextContentLine(after: line.number), next.indentation > line.indentation,
            next.indentation + 1 <= target
        {
            return nil
        }
        return reindenting(line, from: line.contentColumn, to: target)
    }

    /// Text after a closing quote or bracket on the line of `line`: `"Deltaker" portefølje`,
    /// `[20] eller færre`, `[a, b]]`.
    func textAfterNode(on line: YAMLLine) -> Finding? {
        guard let last = error.lastNode, last.kind != .plainScalar, last.kind != .blockScalar,
            last.end <= problem, last.start >= line.start, problem < line.end
        else { return nil }
        if let first = byte(at: problem), first == 0x5D || first == 0x7D {
            return Finding(
                message: "an extra '\(character(at: problem))' after the value that ends at \(lines.place(last.end - 1)); remove it",
                at: problem, fix: ByteFix(start: problem, length: 1, replacement: ""))
        }
        let fix = quotingWholeText(from: last.start, on: line)
        guard case .quotedScalar(let quote) = last.kind else {
            let what = byte(at: last.start) == 0x7B ? "a mapping" : "a list"
            return Finding(
                message: "'\(lines.excerpt(last.start, last.end))' is read as \(what), and text follows it; quote the whole text",
                at: last.start, fix: fix)
        }
        let shown = String(decoding: [quote], as: UTF8.self)
        let stray = lines.excerpt(problem, line.contentEnd)
        return Finding(
            message: "'\(stray)' follows the closing \(shown) of the quoted text that starts at \(lines.place(last.start)); quote the whole text, writing \\\" for each '\"' inside it",
            at: problem, fix: fix)
    }

    /// The text from `start` to the end of the line in double quotes; text already wrapped in
    /// `"…"` keeps them, with the quotes inside escaped.
    private func quotingWholeText(from start: Int, on line: YAMLLine) -> ByteFix? {
        let end = line.contentEnd
        guard start < end, !line.commentMayBeText(in: bytes) else { return nil }
        if let next = lines.nextContentLine(after: line.number), next.indentation > ownerIndentation(of: line, valueAt: start) {
            return nil
        }
        let raw = bytes[start..<end]
        guard raw.count >= 2, raw.first == 0x22, raw.last == 0x22 else {
            return ByteFix(start: start, length: end - start, replacement: Self.doubleQuoted(raw))
        }
        var inner = ""
        var escaped = false
        for scalar in String(decoding: raw.dropFirst().dropLast(), as: UTF8.self).unicodeScalars {
            if scalar == "\"" && !escaped { inner += "\\" }
            escaped = scalar == "\\" && !escaped
            inner.unicodeScalars.append(scalar)
        }
        return ByteFix(start: start, length: end - start, replacement: "\"\(inner)\"")
    }

    /// A comment that cut text short: `definition: Tekst #3 og` followed by a line YAML would
    /// otherwise read as more of that text. Quoting keeps the `#` in the text.
    func commentCutText(above: YAMLLine, line: YAMLLine) -> Finding? {
        guard above.commentMayBeText(in: bytes), let comment = above.commentStart else { return nil }
        let start = above.valueStart(in: bytes) ?? (above.keyColon == nil && above.entryDash != nil ? above.contentStart : nil)
        guard let start, start < comment, Self.isPlainStart(bytes[start]) else { return nil }
        let owner = ownerIndentation(of: above, valueAt: start)
        guard line.indentation > owner else { return nil }
        var end = above.end
        while end > comment, bytes[end - 1] == 0x20 { end -= 1 }
        var number = above.number
        while let next = lines.line(number: number + 1), next.indentation > owner, next.hasContent {
            guard next.commentStart == nil else {
                end = -1
                break
            }
            number += 1
            end = next.contentEnd
        }
        let fix = end > start ? ByteFix(start: start, length: end - start, replacement: Self.doubleQuoted(bytes[start..<end])) : nil
        return Finding(
            message: "' #' starts a comment, which ends the text '\(lines.excerpt(start, comment - 1))', so line \(line.number) cannot continue it; quote the text to keep the '#' in it",
            at: comment, fix: fix)
    }
}
