/// A BCP 47 language tag (`nb`, `sv`, `sv-FI`), compared case-insensitively.
public struct LanguageTag: Sendable, Hashable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The tag in canonical case (`sv-FI`, `zh-Hant-TW`).
    public let rawValue: String

    /// A tag from its text, in canonical case (`SV-fi` becomes `sv-FI`).
    public init(_ rawValue: String) { self.rawValue = Self.canonicalCase(rawValue) }

    /// A tag from a string literal: `let tag: LanguageTag = "sv-FI"`.
    public init(stringLiteral value: String) { self.init(value) }

    /// Decodes a tag from a string.
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the tag as its string, in canonical case.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The tag in canonical case.
    public var description: String { rawValue }

    /// BCP 47's conventional casing: language lower, script title, region upper.
    static func canonicalCase(_ tag: String) -> String {
        // Tags are ASCII by definition; case them on bytes (the Unicode case mapping below was
        // a third of an edition's first access).
        if tag.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(tag.utf8.count)
            for part in tag.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false) {
                let isFirst = part.startIndex == tag.utf8.startIndex
                if !isFirst { bytes.append(UInt8(ascii: "-")) }
                let letters = part.allSatisfy { ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }
                for (offset, byte) in part.enumerated() {
                    let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                    let upper = !isFirst && letters && (part.count == 2 || (part.count == 4 && offset == 0))
                    bytes.append(isLetter ? (upper ? byte & ~0x20 : byte | 0x20) : byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 2, part.allSatisfy(\.isLetter) { return part.uppercased() }
            if part.count == 4, part.allSatisfy(\.isLetter) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }
}
