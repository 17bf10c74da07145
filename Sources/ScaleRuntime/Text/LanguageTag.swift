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
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().map { index, part in
            if index == 0 { return part.lowercased() }
            if part.count == 2, part.allSatisfy(\.isLetter) { return part.uppercased() }
            if part.count == 4, part.allSatisfy(\.isLetter) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
    }
}
