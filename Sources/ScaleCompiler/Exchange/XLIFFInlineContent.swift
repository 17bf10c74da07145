/// The text of a `<source>` or `<target>`. Scale texts are plain text, so `<cp hex="…"/>`
/// becomes its character (when scale text may hold it) and every other element inside (`<ph>`,
/// `<pc>`, `<sc>`/`<ec>`, `<mrk>`, `<sm>`/`<em>`, or another namespace's) is an error at that
/// element: dropping it would silently lose what it stands for.
enum XLIFFInlineContent {
    /// The text, or nil after reporting each element that cannot be imported.
    static func text(of element: XMLSubsetElement, diagnostics: inout [Diagnostic]) -> String? {
        var text = ""
        var sound = true
        for child in element.children {
            switch child {
            case .text(let piece, _):
                text += piece
            case .element(let inline) where inline.name == .init(namespace: XLIFFDocument.namespace, local: "cp"):
                guard let scalar = codePoint(inline, diagnostics: &diagnostics) else {
                    sound = false
                    continue
                }
                text.unicodeScalars.append(scalar)
            case .element(let inline):
                let name = inline.name.namespace == XLIFFDocument.namespace ? inline.name.local : inline.qualifiedName
                diagnostics.append(
                    .error(
                        .xliffInlineMarkup,
                        "'<\(name)>' inline markup cannot be imported into plain scale text; replace it with the text it stands for",
                        at: inline.location))
                sound = false
            }
        }
        return sound ? text : nil
    }

    /// `<cp hex="0009"/>`: the character, when it is one scale text may hold.
    private static func codePoint(_ element: XMLSubsetElement, diagnostics: inout [Diagnostic]) -> Unicode.Scalar? {
        let hex = element.attribute("hex")?.value ?? ""
        let value = (1...6).contains(hex.count) && hex.allSatisfy(\.isHexDigit) ? UInt32(hex, radix: 16) : nil
        guard let value, let scalar = Unicode.Scalar(value) else {
            diagnostics.append(
                .error(.xliffInvalid, "<cp> needs hex=\"…\" with the hexadecimal code of a Unicode character, not '\(hex)'", at: element.location))
            return nil
        }
        guard !isForbidden(scalar) else {
            diagnostics.append(
                .error(
                    .xliffInvalid,
                    "<cp hex=\"\(hex)\"/> is \(XMLCharacters.codePoint(value)) (a control character, line separator or noncharacter), which scale text may not hold",
                    at: element.location))
            return nil
        }
        return scalar
    }

    /// The first character scale text may not hold, as `U+0085`; nil when there is none.
    static func forbidden(in text: String) -> String? {
        // Every forbidden character has a UTF-8 lead byte below 0x20, 0x7F, 0xC2, 0xE2 or from 0xEF.
        let mayHold = text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 >= 0xEF }
        guard mayHold else { return nil }
        return text.unicodeScalars.first(where: isForbidden).map { XMLCharacters.codePoint($0.value) }
    }

    /// What the YAML reader refuses in any scale text however written: C0 and C1 controls other
    /// than tab and line feed, U+2028 and U+2029, and noncharacters.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        case 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }
}
