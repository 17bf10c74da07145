/// Which of a set of needles occur in a text, ignoring case, in one pass over the text's UTF-8
/// for all needles (one substring search per needle, and lower-casing every text, made the
/// terminology check two thirds of `scalec check`).
///
/// Case is folded byte by byte for ASCII and Latin-1 letters (all of Norwegian, Swedish and
/// Finland-Swedish). A text with another letter that changes when lower-cased, or with combining
/// marks (where bytes differ but strings are equal), is lower-cased and searched with `String`'s
/// own comparison instead, so the answer is always that of `text.lowercased().contains(needle)`.
struct NeedleFinder {
    private let needles: [[UInt8]]
    private let strings: [String]
    /// Needle indices by their first byte.
    private let byFirstByte: [[Int]]
    /// Whether a needle starts with the byte.
    private let startsANeedle: [Bool]
    private let anyNeedleNeedsStrings: Bool

    /// - Parameter needles: the terms, in any case.
    init(_ needles: [String]) {
        strings = needles.map { $0.lowercased() }
        self.needles = strings.map { Array($0.utf8) }
        var byFirstByte = Array(repeating: [Int](), count: 256)
        for (index, needle) in self.needles.enumerated() {
            if let first = needle.first { byFirstByte[Int(first)].append(index) }
        }
        self.byFirstByte = byFirstByte
        startsANeedle = byFirstByte.map { !$0.isEmpty }
        anyNeedleNeedsStrings = strings.contains { Self.needsStrings(needle: $0) }
    }

    /// The indices of the needles found in `text`, ascending, each once.
    func needles(in text: String) -> [Int] {
        guard !needles.isEmpty else { return [] }
        guard !anyNeedleNeedsStrings else { return byStrings(in: text) }
        var contiguous = text
        // Folded on the fly: no copy of the text is made.
        let found: Set<Int>? = contiguous.withUTF8 { bytes in
            var found = Set<Int>()
            var beyondLatin1 = false
            for start in bytes.indices {
                let byte = bytes[start]
                if byte >= 0xC4, byte < 0xF8 { beyondLatin1 = true }
                // Most bytes start no needle: a flat table says so before anything else is touched.
                let first = Self.folded(bytes, at: start)
                guard startsANeedle[Int(first)] else { continue }
                for index in byFirstByte[Int(first)] where !found.contains(index) {
                    let needle = needles[index]
                    guard start + needle.count <= bytes.count else { continue }
                    var matches = true
                    for offset in 1..<needle.count where Self.folded(bytes, at: start + offset) != needle[offset] {
                        matches = false
                        break
                    }
                    if matches { found.insert(index) }
                }
            }
            return beyondLatin1 && Self.needsStrings(text) ? nil : found
        }
        guard let found else { return byStrings(in: text) }
        return found.sorted()
    }

    private func byStrings(in text: String) -> [Int] {
        let lowered = text.lowercased()
        return strings.indices.filter { !strings[$0].isEmpty && lowered.contains(strings[$0]) }
    }

    /// The byte at `index` with ASCII and Latin-1 capitals made small: À–Þ (U+00C0–U+00DE, not
    /// ×) are C3 80–9E, and their small letters are 0x20 further.
    private static func folded(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt8 {
        let byte = bytes[index]
        if (0x41...0x5A).contains(byte) { return byte | 0x20 }
        if (0x80...0x9E).contains(byte), byte != 0x97, index > 0, bytes[index - 1] == 0xC3 { return byte + 0x20 }
        return byte
    }

    /// True when a letter beyond Latin-1 changes when lower-cased, or a combining mark is present.
    private static func needsStrings(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar.value > 0xFF
                && (scalar.properties.changesWhenLowercased || scalar.properties.canonicalCombiningClass.rawValue != 0)
        }
    }

    /// True when the needle cannot be matched on folded bytes.
    private static func needsStrings(needle: String) -> Bool {
        needle.utf8.contains { $0 >= 0xC4 && $0 < 0xF8 } && needsStrings(needle)
    }
}
