/// Finds forbidden term variants in a language's texts, at the exact place, with a fix-it.
///
/// A term matches at the start of a word, case-insensitively, and may be followed by letters
/// (inflections: a forbidden `arbetscoach` also finds `arbetscoacherna`).
struct TerminologyCheck {
    let glossary: GlossarySyntax
    var diagnostics: [Diagnostic] = []

    init(glossary: GlossarySyntax) { self.glossary = glossary }

    /// Checks every text scalar of one text file; `file` is the file's source, to locate terms
    /// inside multi-line scalars.
    mutating func check(_ texts: [Located<String>], in file: SourceFile) {
        let forbiddenTerms = glossary.terms.flatMap { term in term.forbidden.map { (term: term, forbidden: $0, needle: $0.value.lowercased()) } }
        let finder = NeedleFinder(forbiddenTerms.map(\.needle))
        var fileText: (source: SourceText, characters: [Character])?
        for text in texts {
            // The cheap test first, one pass over the text for all terms: almost no text holds a
            // forbidden term, and the word-start check below works on characters.
            for index in finder.needles(in: text.value) {
                let entry = forbiddenTerms[index]
                guard let found = Self.firstWordStart(of: entry.forbidden.value, in: Array(text.value)) else { continue }
                let located = fileText ?? (SourceText(file), Array(String(decoding: file.bytes, as: UTF8.self)))
                fileText = located
                report(found.word, entry.term, entry.forbidden, near: text.location, in: located)
            }
        }
    }

    private mutating func report(
        _ word: String, _ term: GlossarySyntax.Term, _ forbidden: Located<String>, near start: SourceLocation,
        in file: (source: SourceText, characters: [Character])
    ) {
        let location = locate(word, after: start, characters: file.characters, source: file.source) ?? start
        // Replacing a stem would not inflect (arbetscoach|erna → arbetstränare|erna), so a fix-it
        // is offered only for the bare term.
        let exact = word.count == forbidden.value.count
        let replacement = Self.matchCase(term.preferred.value, like: word, term: forbidden.value)
        diagnostics.append(
            .warning(
                .forbiddenTerm,
                "'\(word)' uses the forbidden term '\(forbidden.value)' in '\(glossary.language.value)'; the glossary prefers '\(term.preferred.value)'",
                at: location,
                notes: [.init("the glossary entry", at: forbidden.location)] + (term.note.map { [.init($0.value)] } ?? []),
                fixIts: exact ? [.init(at: location, length: word.utf8.count, replacement: replacement)] : []))
    }

    /// The first word in `text` that starts with `term` (case-insensitive), and the whole word.
    static func firstWordStart(of term: String, in text: [Character]) -> (offset: Int, word: String)? {
        let needle = Array(term.lowercased())
        guard !needle.isEmpty, text.count >= needle.count else { return nil }
        for start in 0...(text.count - needle.count) {
            if start > 0, text[start - 1].isLetter { continue }
            guard zip(needle, text[start..<start + needle.count]).allSatisfy({ $0 == Character($1.lowercased()) }) else { continue }
            var end = start + needle.count
            while end < text.count, text[end].isLetter { end += 1 }
            return (start, String(text[start..<end]))
        }
        return nil
    }

    /// The word's place in the file at or after the scalar's start (nil when a line break inside
    /// a folded scalar splits it).
    private func locate(_ word: String, after location: SourceLocation, characters: [Character], source: SourceText)
        -> SourceLocation?
    {
        var line = 1
        var column = 1
        var index = 0
        while index < characters.count, line < location.line {
            if characters[index] == "\n" { line += 1 }
            index += 1
        }
        // Columns are bytes; advance characters until the byte column is reached.
        while index < characters.count, column < location.column {
            column += String(characters[index]).utf8.count
            index += 1
        }
        let target = Array(word)
        while index + target.count <= characters.count {
            if Array(characters[index..<index + target.count]) == target {
                var byteOffset = 0
                for character in characters[..<index] { byteOffset += String(character).utf8.count }
                return source.location(ofByte: byteOffset)
            }
            index += 1
        }
        return nil
    }

    /// `arbetstränare` spelled with the case of the match (`Arbetscoach` → `Arbetstränare`), unless
    /// the forbidden term is capitalised by nature (`IPS-coach`).
    static func matchCase(_ replacement: String, like original: String, term: String) -> String {
        guard let first = original.first, first.isUppercase, term.first?.isUppercase != true else { return replacement }
        return replacement.prefix(1).uppercased() + replacement.dropFirst()
    }
}
