/// Quotes and escapes: a quote never closed (libyaml stops at the end of the file, or far away
/// at the next quote character), and escapes double quotes do not have.
extension YAMLSyntaxExplanation {
    /// "found unexpected end of stream", "found unexpected document indicator" while scanning a
    /// quoted scalar: the cause is the quote that opened it (libyaml's context mark).
    func unclosedQuote() -> Finding? {
        guard let open = context, let quote = byte(at: open), quote == 0x22 || quote == 0x27 else { return nil }
        let shown = Self.quoteName(quote)
        let runsTo =
            error.problem == YAMLSyntaxProblem.documentIndicatorInQuotes.rawValue
            ? "into the '\(lines.excerpt(problem, problem + 3))' on line \(lines.line(containing: problem).number)"
            : "to the end of the file"
        return Finding(
            message: "the \(shown) opened here is never closed, so its text runs \(runsTo); close the quote where the text ends",
            at: open, fix: closingQuote(quote, openedAt: open, before: problem))
    }

    /// A quoted scalar that runs over lines that look like keys, up to a quote character that was
    /// meant to open the next value: libyaml stops after it (often thousands of lines later).
    func quoteRunningOver() -> Finding? {
        guard let last = error.lastNode, case .quotedScalar(let quote) = last.kind, last.end > last.start else { return nil }
        let opening = lines.line(containing: last.start)
        let closing = lines.line(containing: last.end - 1)
        guard closing.number > opening.number, problem >= last.end - 1,
            lines.line(containing: problem).number == closing.number,
            firstLineOutside(quoteOpenedAt: last.start, on: opening, before: closing.number + 1) != nil
        else { return nil }
        let shown = Self.quoteName(quote)
        return Finding(
            message: "the \(shown) opened here is not closed on its line, so the text runs on to the next \(shown), at \(lines.place(last.end - 1)); close the quote where the text ends",
            at: last.start, fix: closingQuote(quote, openedAt: last.start, before: last.end - 1))
    }

    /// "double quote" or "single quote".
    static func quoteName(_ quote: UInt8) -> String {
        quote == 0x22 ? "double quote" : "single quote"
    }

    /// The quote inserted where the text ends: after the last line before the first line that
    /// looks like the next key or entry (or the end of the file).
    private func closingQuote(_ quote: UInt8, openedAt open: Int, before limit: Int) -> ByteFix? {
        let opening = lines.line(containing: open)
        let outside = firstLineOutside(quoteOpenedAt: open, on: opening, before: lines.line(containing: limit).number + 1)
        let stop = outside?.number ?? (lines.line(containing: limit).number + 1)
        var last = opening
        var number = opening.number
        while number + 1 < stop, let next = lines.line(number: number + 1) {
            number += 1
            if next.hasContent { last = next }
        }
        guard last.contentEnd > (last.number == opening.number ? open : last.start) else { return nil }
        return inserting(String(decoding: [quote], as: UTF8.self), at: last.contentEnd)
    }

    /// The first line after the quote's that is no more indented than the quote's key or entry,
    /// or a `---`/`...` line: there the text was meant to have ended.
    private func firstLineOutside(quoteOpenedAt open: Int, on opening: YAMLLine, before stop: Int) -> YAMLLine? {
        let owner = ownerIndentation(of: opening, valueAt: open)
        var number = opening.number
        while number + 1 < stop, let next = lines.line(number: number + 1) {
            number += 1
            guard next.hasContent else { continue }
            let marker = bytes[next.start..<min(next.start + 3, next.end)]
            if next.indentation <= owner || marker.elementsEqual("---".utf8) || marker.elementsEqual("...".utf8) {
                return next
            }
        }
        return nil
    }

    /// "found unknown escape character", "did not find expected hexdecimal number", "found invalid
    /// Unicode character escape code".
    func badEscape(_ kind: YAMLSyntaxProblem) -> Finding? {
        switch kind {
        case .unknownEscape:
            guard byte(at: problem) == 0x5C else { return nil }
            return Finding(
                message: "'\\\(character(at: problem + 1))' is not an escape in double-quoted text; write '\\\\' for a backslash, or use single quotes",
                at: problem, fix: ByteFix(start: problem, length: 1, replacement: "\\\\"))
        case .shortHexEscape, .invalidUnicodeEscape:
            guard problem >= 2, byte(at: problem - 2) == 0x5C, let letter = byte(at: problem - 1) else { return nil }
            let digits: Int =
                switch letter {
                case 0x78: 2
                case 0x75: 4
                default: 8
                }
            let escape = "\\" + lines.excerpt(problem - 1, min(problem + digits, lines.line(containing: problem).end))
            guard kind == .invalidUnicodeEscape else {
                return Finding(
                    message: "'\\\(character(at: problem - 1))' must be followed by \(digits) hexadecimal digits; write the character itself, or '\\\\' for a backslash",
                    at: problem - 2)
            }
            return Finding(
                message: "'\(escape)' is not a Unicode character (half of a surrogate pair, or above U+10FFFF); write the character itself",
                at: problem)
        default:
            return nil
        }
    }
}
