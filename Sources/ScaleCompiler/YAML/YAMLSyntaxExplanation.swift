/// Turns libyaml's syntax error into one diagnostic in plain words: the table of
/// ``YAMLSyntaxProblem``s, each with its message, the location of the real cause (which is
/// often not where libyaml stopped) and a fix-it where the edit is certain.
///
/// Every fix-it is checked by reading the fixed file again: it is offered only when libyaml then
/// gets past the line where it stopped.
struct YAMLSyntaxExplanation {
    /// What an explanation found.
    struct Finding {
        var code: DiagnosticCode = .yamlSyntax
        var message: String
        /// Byte offset of the cause.
        var at: Int
        var note: (message: String, at: Int)?
        var fix: ByteFix?
    }

    /// A fix-it in byte offsets: replace `length` bytes at `start` with `replacement`.
    struct ByteFix {
        var start: Int
        var length: Int
        var replacement: String
    }

    let error: YAMLSyntaxError
    let text: SourceText
    let lines: YAMLLines
    /// Byte offsets of libyaml's problem mark and context mark.
    let problem: Int
    let context: Int?

    var bytes: [UInt8] { text.file.bytes }

    /// The diagnostic for libyaml's error in this file.
    static func diagnostic(for error: YAMLSyntaxError, in text: SourceText) -> Diagnostic {
        let size = text.file.bytes.count
        let problem =
            error.stage == .reader
            ? max(0, min(error.readerOffset, size)) : text.byteOffset(ofScalar: error.problemIndex)
        let context = error.contextIndex.map { text.byteOffset(ofScalar: $0) }
        let explanation = YAMLSyntaxExplanation(error: error, text: text, problem: problem, context: context)
        return explanation.diagnostic(from: explanation.finding())
    }

    /// The unclosed quote behind a quoted value too long to keep, when the value runs over lines
    /// that look like the keys after it (nil when it does not: then it is just too long).
    static func runawayQuote(_ value: YAMLSyntaxError.LastNode, in text: SourceText) -> Diagnostic? {
        let error = YAMLSyntaxError(stage: .parser, problemIndex: 0, lastNode: value)
        let closing = max(value.start, value.end - 1)
        let explanation = YAMLSyntaxExplanation(error: error, text: text, problem: closing, context: nil)
        return explanation.quoteRunningOver().map(explanation.diagnostic(from:))
    }

    private init(error: YAMLSyntaxError, text: SourceText, problem: Int, context: Int?) {
        self.error = error
        self.text = text
        lines = YAMLLines(text: text)
        self.problem = problem
        self.context = context
    }

    private func diagnostic(from found: Finding) -> Diagnostic {
        let notes = found.note.map { [Diagnostic.Note($0.message, at: text.location(ofByte: $0.at))] } ?? []
        let fixIts = verified(found.fix).map {
            [Diagnostic.FixIt(at: text.location(ofByte: $0.start), length: $0.length, replacement: $0.replacement)]
        }
        return .error(found.code, found.message, at: text.location(ofByte: found.at), notes: notes, fixIts: fixIts ?? [])
    }

    private func finding() -> Finding {
        if error.stage == .reader { return readerProblem() ?? generic() }
        guard let words = error.problem, let known = YAMLSyntaxProblem(rawValue: words) else { return generic() }
        if let swallowed = quoteRunningOver() { return swallowed }
        if YAMLSyntaxProblem.isDirectiveContext(error.context) { return directive() }
        return explanation(of: known) ?? generic()
    }

    /// The table: each problem to the explanation that reads its cause from the source.
    private func explanation(of known: YAMLSyntaxProblem) -> Finding? {
        switch known {
        case .mappingValuesNotAllowed: colonInText()
        case .mappingKeysNotAllowed, .characterCannotStartToken: reservedFirstCharacter()
        case .blockSequenceEntriesNotAllowed: listEntryAfterKey()
        case .anchorOrAliasName: anchorOrAliasInText()
        case .colonBeforeFlowIndicator: colonInFlowText()
        case .textAfterBlockIndicator, .indentationIndicatorZero: textAfterBlockIndicator()
        case .missingColon: keyWithoutColon()
        case .expectedKey: unexpectedInMapping()
        case .expectedListEntry: unexpectedInList()
        case .tabViolatesIndentation, .tabInBlockScalarIndentation: tabInIndentation()
        case .endOfStreamInQuotes, .documentIndicatorInQuotes: unclosedQuote()
        case .unknownEscape, .shortHexEscape, .invalidUnicodeEscape: badEscape(known)
        case .expectedFlowSequenceEnd, .expectedFlowMappingEnd: unfinishedFlowCollection()
        case .expectedNodeContent: missingValue()
        case .undefinedTagHandle: undefinedTagHandle()
        case .tagClosingBracket, .tagURI, .tagEscapedOctet, .tagLeadingOctet, .tagTrailingOctet, .tagHandleBang, .tagEnd:
            malformedTag()
        case .expectedDocumentStart: contentAfterDocument()
        case .unknownDirective, .directiveName, .directiveNameCharacter, .versionSeparator, .versionTooLong,
            .versionNumber, .tagDirectiveWhitespace, .duplicateVersionDirective, .incompatibleVersion,
            .duplicateTagDirective:
            directive()
        case .controlCharacter, .invalidLeadingOctet, .invalidTrailingOctet, .incompleteUTF8, .invalidUTF8Length,
            .invalidUnicodeCharacter, .inputTooLong:
            nil
        }
    }

    /// libyaml's own words, for a problem outside the table.
    func generic() -> Finding {
        let words = error.problem ?? "libyaml could not read the file"
        var found = Finding(message: "YAML syntax error: \(words)", at: problem)
        if let contextWords = error.context, let context { found.note = (contextWords, context) }
        return found
    }

    // MARK: Helpers shared by the explanations

    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// The character at an offset, for messages.
    func character(at offset: Int) -> String {
        guard offset >= 0, offset < bytes.count else { return "end of file" }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// The indentation the value starting at `offset` on `line` belongs to: its key's, or its
    /// list entry's dash's. Continuation lines of plain text must be indented more.
    func ownerIndentation(of line: YAMLLine, valueAt offset: Int) -> Int {
        if let colon = line.keyColon, colon < offset { return line.contentStart - line.start }
        if let dash = line.entryDash, dash < offset { return dash - line.start }
        return line.indentation
    }

    /// Where text starting on `line` ends, running on over lines indented more than `owner`;
    /// nil when a comment that may be text cuts it (the edit would not be certain).
    func plainTextEnd(startingOn line: YAMLLine, owner: Int) -> Int? {
        if line.commentStart != nil { return line.commentMayBeText(in: bytes) ? nil : line.contentEnd }
        var end = line.contentEnd
        var number = line.number
        while let next = lines.line(number: number + 1), next.indentation > owner || !next.hasContent {
            number += 1
            guard next.hasContent else {
                if next.commentStart != nil { break }
                continue
            }
            if next.commentStart != nil, next.commentMayBeText(in: bytes) { return nil }
            end = next.contentEnd
        }
        return end
    }

    /// Wraps the text from `start` (on `line`, to its end or over its continuation lines) in
    /// double quotes, escaping `"` and `\` inside.
    func quoting(from start: Int, on line: YAMLLine) -> ByteFix? {
        guard start < line.contentEnd,
            let end = plainTextEnd(startingOn: line, owner: ownerIndentation(of: line, valueAt: start))
        else { return nil }
        return ByteFix(start: start, length: end - start, replacement: Self.doubleQuoted(bytes[start..<end]))
    }

    /// Text as a double-quoted scalar; line breaks stay as they are, so the lines fold as before.
    static func doubleQuoted(_ raw: ArraySlice<UInt8>) -> String {
        let text = String(decoding: raw, as: UTF8.self)
        guard text.contains("\n") else { return YAMLText.scalar(text) }
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Moves a line so that the text at `column` starts at `target`, keeping any `- ` markers.
    func reindenting(_ line: YAMLLine, from column: Int, to target: Int) -> ByteFix? {
        let indentation = line.indentation + target - column
        guard indentation >= 0, target != column else { return nil }
        return ByteFix(start: line.start, length: line.indentation, replacement: String(repeating: " ", count: indentation))
    }

    /// Inserts text at an offset.
    func inserting(_ text: String, at offset: Int) -> ByteFix {
        ByteFix(start: offset, length: 0, replacement: text)
    }

    /// The fix-it when reading the fixed file gets libyaml past the line where it stopped.
    private func verified(_ fix: ByteFix?) -> ByteFix? {
        guard let fix, fix.start >= 0, fix.length >= 0, fix.length <= bytes.count - fix.start else { return nil }
        let removed = bytes[fix.start..<(fix.start + fix.length)]
        var fixed = Array(bytes[..<fix.start])
        fixed += Array(fix.replacement.utf8)
        fixed += bytes[(fix.start + fix.length)...]
        guard let line = YAMLReader.firstSyntaxErrorLine(in: fixed) else { return fix }
        let shift = fix.replacement.utf8.count(where: { $0 == 0x0A }) - removed.count(where: { $0 == 0x0A })
        return line - shift > text.location(ofByte: problem).line ? fix : nil
    }
}
