/// One line of a YAML file as the syntax explanations read it: its indentation, any `- ` entry
/// markers, the plain key it starts with, and where its content ends before a comment.
///
/// Offsets are byte offsets into the file. The reading is the block style scale files use; it
/// never decides anything alone (every fix-it is checked by reading the fixed file again).
struct YAMLLine {
    /// 1-based.
    let number: Int
    /// The line's first byte, and its line feed (or the end of the file).
    let start: Int
    let end: Int
    /// Leading spaces.
    let indentation: Int
    /// Where the content starts, after the indentation and any `- ` markers.
    let contentStart: Int
    /// Where the content ends, before a comment and trailing blanks.
    let contentEnd: Int
    /// The `#` of a comment, if the line has one.
    let commentStart: Int?
    /// The `:` after a plain key at ``contentStart`` (`key: value` or `key:`).
    let keyColon: Int?
    /// Where the first `- ` marker is, if the line starts a list entry.
    let entryDash: Int?

    /// False for a blank line or one holding only a comment.
    var hasContent: Bool { contentEnd > start + indentation }

    /// The 1-based column of a byte offset on this line.
    func column(of offset: Int) -> Int { offset - start + 1 }

    /// The column the line's content (its key, if it has one) starts at.
    var contentColumn: Int { column(of: contentStart) }

    /// Where the value after the key starts (nil for `key:` with nothing after it).
    func valueStart(in bytes: [UInt8]) -> Int? {
        guard let keyColon else { return nil }
        var index = keyColon + 1
        while index < contentEnd, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index < contentEnd ? index : nil
    }

    /// True when the comment follows the content after a single blank (`Merk #2`), which may be
    /// meant as text; comments the scales write stand apart (`value  # 003:9721`).
    func commentMayBeText(in bytes: [UInt8]) -> Bool {
        guard let commentStart, commentStart >= start + 2, commentStart > contentStart else { return false }
        let before = bytes[commentStart - 2]
        return before != 0x20 && before != 0x09
    }

    init(number: Int, start: Int, end: Int, bytes: [UInt8]) {
        self.number = number
        self.start = start
        self.end = end
        var index = start
        while index < end, bytes[index] == 0x20 { index += 1 }
        indentation = index - start
        var content = index
        var dash: Int?
        while content < end, bytes[content] == 0x2D, content + 1 == end || bytes[content + 1] == 0x20 {
            if dash == nil { dash = content }
            content += 1
            while content < end, bytes[content] == 0x20 { content += 1 }
        }
        entryDash = dash
        contentStart = content
        let comment = Self.commentStart(bytes, from: index, to: end)
        commentStart = comment
        var last = comment ?? end
        while last > content, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 { last -= 1 }
        contentEnd = max(last, content)
        keyColon = Self.keyColon(bytes, from: content, to: contentEnd, lineEnd: end)
    }

    /// The first `#` that starts a comment: at the start or after a blank, outside quotes.
    private static func commentStart(_ bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var index = start
        var atTokenStart = true
        while index < end {
            let byte = bytes[index]
            if byte == 0x23, index == start || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 { return index }
            if atTokenStart, byte == 0x22 || byte == 0x27 {
                index = quotedEnd(bytes, from: index, to: end)
                atTokenStart = false
                continue
            }
            atTokenStart = [0x20, 0x09, 0x5B, 0x7B, 0x2C].contains(byte)
            index += 1
        }
        return nil
    }

    /// Just past the quote that closes the one at `start`, or the line's end.
    static func quotedEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        let quote = bytes[start]
        var index = start + 1
        while index < end {
            if quote == 0x22, bytes[index] == 0x5C {
                index += 2
                continue
            }
            if bytes[index] == quote {
                if quote == 0x27, index + 1 < end, bytes[index + 1] == 0x27 {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return end
    }

    /// The colon of `key:` when the content starts with a plain key.
    private static func keyColon(_ bytes: [UInt8], from start: Int, to contentEnd: Int, lineEnd: Int) -> Int? {
        guard start < contentEnd else { return nil }
        let indicators: Set<UInt8> = Set("\"'[]{}&*!|>%@`#?:,".utf8)
        guard !indicators.contains(bytes[start]) else { return nil }
        var index = start + 1
        while index < contentEnd {
            if bytes[index] == 0x3A, index + 1 >= lineEnd || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x09 {
                return index
            }
            index += 1
        }
        return nil
    }
}

/// The lines of one file, read on demand.
struct YAMLLines {
    let text: SourceText

    var bytes: [UInt8] { text.file.bytes }

    /// The line holding a byte offset (the last line for the end of the file).
    func line(containing offset: Int) -> YAMLLine {
        let number = text.location(ofByte: offset).line
        return line(number: number) ?? YAMLLine(number: number, start: bytes.count, end: bytes.count, bytes: bytes)
    }

    /// A line by its number, nil past the end of the file.
    func line(number: Int) -> YAMLLine? {
        guard number >= 1 else { return nil }
        let start = text.byteOffset(line: number, column: 1)
        guard text.location(ofByte: start).line == number else { return nil }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        return YAMLLine(number: number, start: start, end: end, bytes: bytes)
    }

    /// The nearest line before `number` with content (not blank, not only a comment).
    func previousContentLine(before number: Int) -> YAMLLine? {
        var current = number - 1
        while let line = line(number: current) {
            if line.hasContent { return line }
            current -= 1
        }
        return nil
    }

    /// The nearest line after `number` with content.
    func nextContentLine(after number: Int) -> YAMLLine? {
        var current = number + 1
        while let line = line(number: current) {
            if line.hasContent { return line }
            current += 1
        }
        return nil
    }

    /// The text of a byte range, shortened for a message.
    func excerpt(_ start: Int, _ end: Int, limit: Int = 40) -> String {
        let lower = max(0, min(start, bytes.count))
        let upper = max(lower, min(end, bytes.count))
        let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
        guard text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// `line:column` of a byte offset, for messages that name another place.
    func place(_ offset: Int) -> String {
        let location = text.location(ofByte: offset)
        return "\(location.line):\(location.column)"
    }
}
