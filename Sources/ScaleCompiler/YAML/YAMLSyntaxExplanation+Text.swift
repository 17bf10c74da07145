/// Text that YAML reads as structure: `: ` inside a value, a first character YAML reserves,
/// `&`, `*`, `!`, `>` or `|` at the start of text. The fix is to quote the text.
extension YAMLSyntaxExplanation {
    /// "mapping values are not allowed in this context": the `: ` libyaml stopped at is inside
    /// text: after the key's own `: ` on the line, or on a line YAML reads as more of the text above.
    func colonInText() -> Finding? {
        colonInBlockText()
            ?? Finding(
                message: "': ' here is read as the start of a key where no key can start; quote the text if ':' belongs to it",
                at: problem)
    }

    private func colonInBlockText() -> Finding? {
        guard error.open.last?.isFlow != true else { return nil }
        let line = lines.line(containing: problem)
        guard let colon = line.keyColon else { return continuedTextWithColon(on: line) }
        if colon < problem, let value = line.valueStart(in: bytes), value < problem {
            let excerpt = lines.excerpt(value, line.contentEnd)
            var message = "the text '\(excerpt)' holds ': ', which YAML reads as the start of a key; quote the text"
            if line.commentMayBeText(in: bytes) {
                message += " (and ' #' starts a comment: put what follows it inside the quotes too if it is text)"
            }
            let fix = Self.isPlainStart(bytes[value]) ? quoting(from: value, on: line) : nil
            return Finding(message: message, at: problem, fix: fix)
        }
        guard colon == problem else { return nil }
        return keyReadAsText(line)
    }

    /// A line with `key:` that YAML reads as more of the plain text above it, because it is
    /// indented more than that text's key.
    private func keyReadAsText(_ line: YAMLLine) -> Finding? {
        guard let colon = line.keyColon, let owner = lineOwningText(above: line) else { return nil }
        if owner.keyColon != nil, owner.valueStart(in: bytes) == nil,
            let first = lines.nextContentLine(after: owner.number), first.number < line.number,
            first.indentation == line.indentation, first.keyColon == nil
        {
            // `term "Akkordlønn"` above, at the key's column: that line is the key without ':'.
            return missingColon(at: first.contentStart)
        }
        let key = lines.excerpt(line.contentStart, colon)
        let ownerKey = owner.keyColon.map { lines.excerpt(owner.contentStart, $0) }
        guard Self.isSlug(key) else {
            // Text such as `Merk: …` that continues a value: the value needs quotes.
            let start = owner.valueStart(in: bytes) ?? owner.contentStart
            let what = ownerKey.map { "the text of '\($0)'" } ?? "the text"
            return Finding(
                message: "\(what), continued on line \(line.number), holds ': ', which YAML reads as the start of a key; quote the text",
                at: problem, fix: byte(at: start).map(Self.isPlainStart) == true ? quoting(from: start, on: owner) : nil)
        }
        let target = owner.contentColumn
        let name = ownerKey.map { "'\($0)'" } ?? "the text"
        return Finding(
            message: "'\(key)' is indented more than \(name) above it (column \(line.contentColumn), not \(target)), so YAML reads the line as more text of \(name); indent it to column \(target) to match its siblings",
            at: line.contentStart, fix: reindentingKey(line, to: target))
    }

    /// `: ` on a continuation line that starts with no key.
    private func continuedTextWithColon(on line: YAMLLine) -> Finding? {
        guard let owner = lineOwningText(above: line), let start = owner.valueStart(in: bytes) else { return nil }
        return Finding(
            message: "the text that starts at \(lines.place(start)) holds ': ' on line \(line.number), which YAML reads as the start of a key; quote the text",
            at: problem, fix: Self.isPlainStart(bytes[start]) ? quoting(from: start, on: owner) : nil)
    }

    /// The key line whose plain text runs on to `line`: the nearest one above it that is less indented.
    private func lineOwningText(above line: YAMLLine) -> YAMLLine? {
        var number = line.number
        while let above = lines.previousContentLine(before: number) {
            number = above.number
            if above.indentation < line.indentation || above.contentColumn < line.contentColumn {
                return above.keyColon != nil || above.entryDash != nil ? above : nil
            }
        }
        return nil
    }

    /// "found character that cannot start any token", "mapping keys are not allowed in this
    /// context": text starting with `@`, a backtick, `%` or `? `.
    func reservedFirstCharacter() -> Finding? {
        guard let first = byte(at: problem) else { return nil }
        if first == 0x09 { return tabInIndentation() }
        let line = lines.line(containing: problem)
        let shown = character(at: problem)
        let message =
            switch first {
            case 0x3F: "'? ' at the start of text marks a complex key in YAML; quote the text"
            case 0x25: "'%' cannot start unquoted text in YAML (it starts a directive); quote the text"
            case 0x40, 0x60: "'\(shown)' is reserved in YAML and cannot start unquoted text; quote the text"
            default: "'\(shown)' cannot start unquoted text in YAML; quote the text"
            }
        return Finding(message: message, at: problem, fix: isValueStart(problem, on: line) ? quoting(from: problem, on: line) : nil)
    }

    /// "block sequence entries are not allowed in this context": `key: - text`.
    func listEntryAfterKey() -> Finding? {
        let line = lines.line(containing: problem)
        guard let colon = line.keyColon, colon < problem else {
            return Finding(
                message: "a '- ' list entry cannot start here; each entry starts its own line, at the column of the list's other entries",
                at: problem)
        }
        let key = lines.excerpt(line.contentStart, colon)
        return Finding(
            message: "a '- ' list entry cannot start on the same line as '\(key):'; put the entries on the lines below, indented more than '\(key)', or quote the text if it starts with '-'",
            at: problem)
    }

    /// "did not find expected alphabetic or numeric character": text starting with `&` or `*`.
    func anchorOrAliasInText() -> Finding? {
        guard let start = context, let sign = byte(at: start), sign == 0x26 || sign == 0x2A else { return nil }
        let what = sign == 0x26 ? "an anchor ('&name')" : "an alias ('*name', a reference to an anchor)"
        let line = lines.line(containing: start)
        return Finding(
            message: "text starting with '\(character(at: start))' is read as \(what), and scale files use none; quote the text",
            at: start, fix: isValueStart(start, on: line) ? quoting(from: start, on: line) : nil)
    }

    /// "found unexpected ':'": `[MIS:, DOC]`, a `:` right before a flow indicator.
    func colonInFlowText() -> Finding? {
        guard let start = context, start < problem, problem < bytes.count else { return nil }
        let text = lines.excerpt(start, problem + 1, limit: Int.max)
        return Finding(
            message: "':' right before '\(character(at: problem + 1))' inside '[…]' or '{…}' is read as a key; quote the text '\(lines.excerpt(start, problem + 1))'",
            at: problem, fix: ByteFix(start: start, length: problem + 1 - start, replacement: YAMLText.scalar(text)))
    }

    /// "did not find expected comment or line break" while scanning a block scalar, "found an
    /// indentation indicator equal to 0": text after `>` or `|` on its line.
    func textAfterBlockIndicator() -> Finding? {
        guard let start = context, let indicator = byte(at: start), indicator == 0x3E || indicator == 0x7C else {
            return nil
        }
        let line = lines.line(containing: start)
        let owner = ownerIndentation(of: line, valueAt: start)
        if let next = lines.nextContentLine(after: line.number), next.indentation > owner {
            return Finding(
                message: "text after '\(lines.excerpt(start, problem).trimmingSpaces)' on its line: a block's text starts on the next line; move '\(lines.excerpt(problem, line.contentEnd))' there",
                at: problem)
        }
        let kind = indicator == 0x3E ? "a folded block" : "a literal block"
        return Finding(
            message: "text starting with '\(character(at: start))' is read as the start of \(kind); quote the text",
            at: start, fix: isValueStart(start, on: line) ? quoting(from: start, on: line) : nil)
    }

    /// True when `offset` starts the value of `line`: after its key, or after its `- `.
    func isValueStart(_ offset: Int, on line: YAMLLine) -> Bool {
        if let value = line.valueStart(in: bytes) { return value == offset }
        guard line.keyColon == nil, line.entryDash != nil, line.contentStart == offset else { return false }
        // `- @x: y` is a key, not a value.
        return !(offset..<line.contentEnd).contains { bytes[$0] == 0x3A && ($0 + 1 == line.end || bytes[$0 + 1] == 0x20) }
    }

    /// True when text starting with this byte is plain (not quoted, a collection or an indicator).
    static func isPlainStart(_ byte: UInt8) -> Bool {
        !Set("\"'[]{}|>&*!%@`#,?:".utf8).contains(byte)
    }

    /// An id-like key (`levels`, `2`, `data-sources`), as scale files write keys.
    static func isSlug(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension String {
    /// Without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
