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
        anyNeedleNeedsStrings = strings.contains { Self.foldedBytes(of: $0) == nil }
    }

    /// The indices of the needles found in `text`, ascending, each once.
    func needles(in text: String) -> [Int] {
        guard !needles.isEmpty else { return [] }
        guard !anyNeedleNeedsStrings, let folded = Self.foldedBytes(of: text) else {
            let lowered = text.lowercased()
            return strings.indices.filter { !strings[$0].isEmpty && lowered.contains(strings[$0]) }
        }
        var found = Set<Int>()
        let count = folded.count
        folded.withUnsafeBufferPointer { bytes in
            for start in 0..<count {
                for index in byFirstByte[Int(bytes[start])] where !found.contains(index) {
                    let needle = needles[index]
                    guard start + needle.count <= count else { continue }
                    var matches = true
                    for offset in 1..<needle.count where bytes[start + offset] != needle[offset] {
                        matches = false
                        break
                    }
                    if matches { found.insert(index) }
                }
            }
        }
        return found.sorted()
    }

    /// The text's UTF-8 with ASCII and Latin-1 capitals made small; nil when bytes cannot stand
    /// for the lower-cased string (another capital letter, or a combining mark).
    static func foldedBytes(of text: String) -> [UInt8]? {
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var previous: UInt8 = 0
        var beyondLatin1 = false
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: folded.append(byte | 0x20)
            // À–Þ (U+00C0–U+00DE, not ×) are C3 80–9E; their small letters are 0x20 further.
            case 0x80...0x9E where previous == 0xC3 && byte != 0x97: folded.append(byte + 0x20)
            default:
                if byte >= 0xC4, byte < 0xF8 { beyondLatin1 = true }
                folded.append(byte)
            }
            previous = byte
        }
        if beyondLatin1 {
            let needsStrings = text.unicodeScalars.contains { scalar in
                scalar.value > 0xFF
                    && (scalar.properties.changesWhenLowercased || scalar.properties.canonicalCombiningClass.rawValue != 0)
            }
            if needsStrings { return nil }
        }
        return folded
    }
}
