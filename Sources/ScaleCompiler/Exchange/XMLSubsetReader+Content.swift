/// Character data and everything that is not a tag: text, references, CDATA sections,
/// comments, processing instructions and the XML declaration.
extension XMLSubsetReader {
    /// Text up to the next `<` or `&`, with line ends normalised (CR LF and CR to LF). Outside
    /// the root element only white space may stand.
    mutating func characterData() throws(XMLSubsetError) {
        beginText()
        let isInsideRoot = isInsideRoot
        var run = position
        while position < bytes.count {
            let byte = bytes[position]
            // The common case first: a byte that needs no look.
            if byte >= 0x20, byte != 0x3C, byte != 0x26, byte != 0x5D, byte != 0xEF, isInsideRoot {
                position += 1
                continue
            }
            if byte == 0x3C || byte == 0x26 { break }  // < &
            if !isInsideRoot, !XMLCharacters.isSpace(byte) {
                throw failure(.xliffInvalid, "text outside the root element", at: position)
            }
            if byte == 0x0D {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                text.append(0x0A)
                position += position + 1 < bytes.count && bytes[position + 1] == 0x0A ? 2 : 1
                run = position
                continue
            }
            if byte == 0x5D, looking(at: "]]>") {
                throw failure(.xliffInvalid, "']]>' is not allowed in text; write ']]&gt;'", at: position)
            }
            try checkCharacter()
            position += 1
        }
        text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
    }

    /// Refuses the byte at the position when it starts a character XML 1.0 does not allow: a
    /// control character other than tab and line ends, U+FFFE or U+FFFF. (UTF-8 was validated.)
    mutating func checkCharacter() throws(XMLSubsetError) {
        let byte = bytes[position]
        if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D {
            throw failure(
                .xliffInvalid, "the control character \(XMLCharacters.codePoint(UInt32(byte))) is not allowed in XML 1.0", at: position)
        }
        if byte == 0xEF, position + 2 < bytes.count, bytes[position + 1] == 0xBF, bytes[position + 2] >= 0xBE {
            let value = XMLCharacters.scalar(at: position, in: bytes).value
            throw failure(.xliffInvalid, "the noncharacter \(XMLCharacters.codePoint(value)) is not allowed in XML 1.0", at: position)
        }
    }

    /// `&amp;`, `&#229;` or `&#xE5;`: the character it stands for.
    mutating func reference() throws(XMLSubsetError) -> UInt32 {
        let start = position
        position += 1
        if position < bytes.count, bytes[position] == 0x23 {  // #
            position += 1
            let isHex = position < bytes.count && bytes[position] == 0x78  // x
            if isHex { position += 1 }
            var value: UInt32 = 0
            var digits = 0
            while position < bytes.count, let digit = Self.digit(bytes[position], hex: isHex) {
                if value <= 0x10FFFF { value = value * (isHex ? 16 : 10) + digit }
                digits += 1
                position += 1
            }
            guard digits > 0, position < bytes.count, bytes[position] == 0x3B else {
                throw failure(.xliffInvalid, "a character reference is written '&#229;' or '&#xE5;'", at: start)
            }
            position += 1
            guard XMLCharacters.isAllowed(value) else {
                let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                let what = value > 0x10FFFF ? "a number beyond Unicode" : XMLCharacters.codePoint(value)
                throw failure(.xliffInvalid, "'\(written)' refers to \(what), which XML 1.0 does not allow", at: start)
            }
            return value
        }
        guard let name = name(), position < bytes.count, bytes[position] == 0x3B else {
            throw failure(.xliffInvalid, "'&' starts a reference such as '&amp;'; write '&amp;' for an ampersand", at: start)
        }
        position += 1
        switch name {
        case "lt": return 0x3C
        case "gt": return 0x3E
        case "amp": return 0x26
        case "quot": return 0x22
        case "apos": return 0x27
        default:
            throw failure(
                .xliffInvalid,
                "unknown entity '&\(name);': only &lt; &gt; &amp; &quot; &apos; and character references are read (no document may declare entities)",
                at: start)
        }
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46 where hex: UInt32(byte - 0x41 + 10)
        case 0x61...0x66 where hex: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// A quoted attribute value, normalised as XML says: references decoded, each literal tab,
    /// line feed or line end a space (`&#10;` stays a line feed).
    mutating func attributeValue() throws(XMLSubsetError) -> String {
        let start = position
        let quote = bytes[position]
        position += 1
        var value: [UInt8] = []
        var run = position
        while true {
            guard position < bytes.count else { throw failure(.xliffInvalid, "the attribute value is not closed", at: start) }
            let byte = bytes[position]
            switch byte {
            case quote:
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                position += 1
                return String(decoding: value, as: UTF8.self)
            case 0x3C: throw failure(.xliffInvalid, "'<' is not allowed in an attribute value; write '&lt;'", at: position)
            case 0x26:
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                XMLCharacters.appendUTF8(try reference(), to: &value)
            case 0x09, 0x0A, 0x0D:
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                value.append(0x20)
                position += byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A ? 2 : 1
            default:
                if byte < 0x20 || byte == 0xEF { try checkCharacter() }
                position += 1
                continue
            }
            run = position
        }
    }

    /// `<!-- … -->`, skipped; `--` may not occur inside.
    mutating func comment() throws(XMLSubsetError) {
        let start = position
        position += 4
        while true {
            guard position + 1 < bytes.count else { throw failure(.xliffInvalid, "the comment is not closed with '-->'", at: start) }
            if bytes[position] == 0x2D, bytes[position + 1] == 0x2D {
                guard position + 2 < bytes.count, bytes[position + 2] == 0x3E else {
                    throw failure(.xliffInvalid, "'--' is not allowed inside a comment", at: position)
                }
                position += 3
                return
            }
            if bytes[position] < 0x20 || bytes[position] == 0xEF { try checkCharacter() }
            position += 1
        }
    }

    /// `<![CDATA[ … ]]>`: its content is text, read as it stands.
    mutating func cdata() throws(XMLSubsetError) {
        guard isInsideRoot else { throw failure(.xliffInvalid, "a CDATA section outside the root element", at: position) }
        let start = position
        beginText()
        position += 9
        var run = position
        while true {
            guard position < bytes.count else { throw failure(.xliffInvalid, "the CDATA section is not closed with ']]>'", at: start) }
            let byte = bytes[position]
            if byte == 0x5D, looking(at: "]]>") {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                position += 3
                return
            }
            if byte == 0x0D {
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<position]))
                text.append(0x0A)
                position += position + 1 < bytes.count && bytes[position + 1] == 0x0A ? 2 : 1
                run = position
                continue
            }
            if byte < 0x20 || byte == 0xEF { try checkCharacter() }
            position += 1
        }
    }

    /// `<?target …?>`, skipped. `<?xml` may only be the declaration at the start of the file.
    mutating func processingInstruction() throws(XMLSubsetError) {
        let start = position
        position += 2
        guard let target = name() else {
            throw failure(.xliffInvalid, "expected a processing instruction's name after '<?'", at: position)
        }
        if target.lowercased() == "xml" {
            throw failure(.xliffInvalid, "the XML declaration '<?xml …?>' may only stand at the very start of the file", at: start)
        }
        guard skipSpaces() || looking(at: "?>") else {
            throw failure(.xliffInvalid, "expected a space or '?>' after '<?\(target)'", at: position)
        }
        while true {
            guard position + 1 < bytes.count else {
                throw failure(.xliffInvalid, "the processing instruction is not closed with '?>'", at: start)
            }
            if looking(at: "?>") {
                position += 2
                return
            }
            try checkCharacter()
            position += 1
        }
    }

    /// `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`: XML 1.0, UTF-8 only.
    mutating func declaration() throws(XMLSubsetError) {
        let start = position
        position += 5
        var version: String?
        while true {
            skipSpaces()
            if looking(at: "?>") {
                position += 2
                break
            }
            let offset = position
            guard let field = name() else {
                throw failure(.xliffInvalid, "the XML declaration is not closed with '?>'", at: position)
            }
            skipSpaces()
            guard position < bytes.count, bytes[position] == 0x3D else {
                throw failure(.xliffInvalid, "expected '=' after '\(field)' in the XML declaration", at: position)
            }
            position += 1
            skipSpaces()
            guard position < bytes.count, bytes[position] == 0x22 || bytes[position] == 0x27 else {
                throw failure(.xliffInvalid, "the value of '\(field)' must be in quotes", at: position)
            }
            let value = try attributeValue()
            switch field {
            case "version":
                guard value == "1.0" else {
                    throw failure(.xliffInvalid, "XML version '\(value)' is not read; XLIFF 2.0 is XML 1.0 (version=\"1.0\")", at: offset)
                }
                version = value
            case "encoding":
                guard value.lowercased() == "utf-8" else {
                    throw failure(
                        .xliffInvalid, "the file declares the encoding '\(value)'; XLIFF is read as UTF-8 only: save it as UTF-8",
                        at: offset)
                }
            case "standalone":
                guard value == "yes" || value == "no" else {
                    throw failure(.xliffInvalid, "standalone is 'yes' or 'no', not '\(value)'", at: offset)
                }
            default:
                throw failure(.xliffInvalid, "'\(field)' does not belong in the XML declaration", at: offset)
            }
        }
        guard version != nil else { throw failure(.xliffInvalid, "the XML declaration names no version", at: start) }
    }
}
