/// A word-level difference of two texts, for review sheets of close languages (sv and sv-FI).
enum WordDiff {
    enum Piece: Equatable {
        case same(String), removed(String), added(String)
    }

    /// The longest-common-subsequence diff over words (texts are short: an item's paragraph).
    static func diff(_ old: String, _ new: String) -> [Piece] {
        let a = old.split(separator: " ").map(String.init)
        let b = new.split(separator: " ").map(String.init)
        guard a.count * b.count <= 250_000 else { return [.removed(old), .added(new)] }
        var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var pieces: [Piece] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                pieces.append(.same(a[i]))
                i += 1
                j += 1
            } else if j < b.count, i == a.count || lengths[i][j + 1] > lengths[i + 1][j] {
                pieces.append(.added(b[j]))
                j += 1
            } else {
                pieces.append(.removed(a[i]))
                i += 1
            }
        }
        return pieces
    }

    /// Whether the two texts differ in any word.
    static func differs(_ old: String, _ new: String) -> Bool {
        diff(old, new).contains { piece in
            if case .same = piece { return false }
            return true
        }
    }

    /// The new text with removed words in `<del>` and added words in `<ins>`.
    static func html(_ old: String, _ new: String) -> String {
        diff(old, new).map { piece in
            switch piece {
            case .same(let word): HTML.escape(word)
            case .removed(let word): "<del>\(HTML.escape(word))</del>"
            case .added(let word): "<ins>\(HTML.escape(word))</ins>"
            }
        }.joined(separator: " ")
    }
}
