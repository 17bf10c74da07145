/// "Did you mean" for misspelt keys and ids.
///
/// Bounded: each search looks at no more than ``candidateLimit`` candidates, skips those whose
/// length alone rules them out, and stops a comparison as soon as it cannot come within the
/// allowed distance, so thousands of unknown names in a hostile file cost milliseconds.
public enum Suggestions {
    /// The most candidates one search compares; beyond that a suggestion is not worth the time.
    public static let candidateLimit = 2_000
    /// Words longer than this (in characters) get no suggestion.
    static let wordLimit = 128

    /// The closest candidate within a small edit distance, if any: for "did you mean" hints.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let needle = Array(word.lowercased().unicodeScalars)
        guard needle.count <= wordLimit else { return nil }
        let considered = candidates.prefix(candidateLimit)
        // A unique candidate that starts with the word (`pros-and-cons` → `pros-and-cons-discussed`).
        if needle.count >= 3 {
            let prefix = word.lowercased()
            var extensions = considered.lazy.filter { $0.count > word.count && $0.lowercased().hasPrefix(prefix) }.makeIterator()
            if let first = extensions.next(), extensions.next() == nil { return first }
        }
        let limit = max(2, needle.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in considered {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - needle.count) <= min(limit, (best?.distance ?? .max) - 1) else { continue }
            if let distance = editDistance(needle, other, atMost: min(limit, (best?.distance ?? .max) - 1)) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `; did you mean 'x'?` or nothing.
    static func didYouMean(_ word: String, in candidates: [String]) -> String {
        closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        return editDistance(a, b, atMost: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// The Levenshtein distance when it is at most `bound`, else nil; gives up on the first row
    /// whose every entry exceeds the bound.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
        guard bound >= 0 else { return nil }
        guard !a.isEmpty else { return b.count <= bound ? b.count : nil }
        guard !b.isEmpty else { return a.count <= bound ? a.count : nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }
}

/// How many "did you mean" searches one file may still make. A file with thousands of unknown
/// names gets suggestions for the first ones (the ones printed) and plain errors after that.
public struct SuggestionBudget: Sendable {
    public private(set) var remaining: Int

    public init(searches: Int = Limits.diagnosticsPerFile) { remaining = searches }

    /// ``Suggestions/closest(to:in:)`` while the budget lasts, then nil.
    public mutating func closest(to word: String, in candidates: [String]) -> String? {
        guard remaining > 0 else { return nil }
        remaining -= 1
        return Suggestions.closest(to: word, in: candidates)
    }
}
