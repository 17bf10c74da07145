/// One column's text of one entry on a review sheet: what it is, its mark, and where it is
/// written (or is to be written).
struct ReviewCell {
    enum State: Equatable {
        /// The language's own text (``compared`` says whether words differ from the left).
        case own(String)
        /// The language's own text, translated from a source text that has changed since.
        case stale(String, TextFileFacts.Stale)
        /// Served by a declared fallback language.
        case fallback(String, LanguageTag)
        case absent
        case missing
        /// The other edition has no counterpart for this entry.
        case noCounterpart
    }

    var state: State
    /// The column's language.
    var language: LanguageTag
    /// `2008/text.sv.yaml:26`: where the text is, was declared absent, or is to be added.
    var location: String?
    /// The left column's text, when this is a close language's own text to compare word by word.
    var comparedWith: String?

    static let none = ReviewCell(state: .noCounterpart, language: "und", location: nil)

    /// The mark the cell carries, if any.
    var mark: ReviewMark? {
        switch state {
        case .own(let text): comparedWith.map { WordDiff.differs($0, text) } == true ? .changed : nil
        case .stale: .stale
        case .fallback: .fallback
        case .absent: .absent
        case .missing: .missing
        case .noCounterpart: nil
        }
    }

    /// The cell's own text (not borrowed), for comparing the next column with.
    var ownText: String? {
        switch state {
        case .own(let text), .stale(let text, _): text
        default: nil
        }
    }
}
