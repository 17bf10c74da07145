extension Comparison.Excluded {
    /// Why the item is left out, in English, naming the editions: what `scalec compare` and the
    /// comparison report say.
    public func reason(a: String, b: String) -> String {
        switch reason {
        case .notComparable(let why): why.description
        case .onlyInB(let note): "only in \(b): \(note ?? "no item of \(a) relates to it")"
        case .missingScore(let side): side == .both ? "no score in either review" : "no score in review \(side.rawValue)"
        case .unmappedLevel(let level): "level \(level) has no counterpart in the level map"
        }
    }
}
