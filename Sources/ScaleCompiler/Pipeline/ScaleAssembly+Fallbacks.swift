// The declared text fallbacks of scale.yaml: known languages, no loops.
extension ScaleAssembly {
    /// Fallbacks must name languages the scale has and must not loop.
    mutating func checkFallbacks(
        _ declared: [(from: Located<String>, to: Located<String>)], languages: Set<LanguageTag>
    ) -> [LanguageTag: LanguageTag] {
        var map: [LanguageTag: LanguageTag] = [:]
        var locations: [LanguageTag: SourceLocation] = [:]
        let known = languages.map(\.rawValue).sorted()
        for (from, to) in declared {
            var valid = true
            for tag in [from, to] where !languages.contains(LanguageTag(tag.value)) {
                diagnostics.append(
                    .error(
                        .unknownReference,
                        "no edition has text in '\(tag.value)' (languages: \(known.joined(separator: ", ")))"
                            + Suggestions.didYouMean(tag.value, in: known),
                        at: tag.location))
                valid = false
            }
            guard valid else { continue }
            map[LanguageTag(from.value)] = LanguageTag(to.value)
            locations[LanguageTag(from.value)] = from.location
        }
        for start in map.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            var chain = [start]
            var current = start
            while let next = map[current] {
                if next == start {
                    diagnostics.append(
                        .error(
                            .fallbackLoop,
                            "fallbacks loop: \((chain + [next]).map(\.rawValue).joined(separator: " → "))",
                            at: locations[start] ?? .init(file: source.path(of: "scale.yaml"), line: 1, column: 1)))
                    map[start] = nil
                    break
                }
                if chain.contains(next) { break }
                chain.append(next)
                current = next
            }
        }
        return map
    }
}
