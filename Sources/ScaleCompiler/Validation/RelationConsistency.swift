/// Checks that every chain of relations between two editions gives the same answer: the same
/// counterpart item and the same level map. With three or more editions a direct relation and a
/// chain through another edition can disagree; a cycle is two such chains.
struct RelationConsistency {
    let scale: ScaleDefinition
    let locations: [ItemRelation: SourceLocation]
    var diagnostics: [Diagnostic] = []

    init(scale: ScaleDefinition, locations: [ItemRelation: SourceLocation]) {
        self.scale = scale
        self.locations = locations
    }

    /// Every chain agrees with the shortest one exactly when every single step does: for each
    /// edition and each relation step u → v, following the shortest chain to u and then the step
    /// must give what the shortest chain to v gives. Checking the steps (not every chain, whose
    /// number grows exponentially with the editions) keeps this polynomial: editions × steps × items.
    mutating func run() {
        for source in scale.editions {
            let chains = scale.editionChains(from: source.id)
            var reported: Set<[String]> = []
            for here in scale.editions.map(\.id) {
                guard let toHere = chains[here] else { continue }
                for next in scale.relatedEditions(of: here) {
                    let path = toHere + [next]
                    guard next > source.id, !toHere.contains(next), let reference = chains[next], reference != path else {
                        continue
                    }
                    for item in source.items where !reported.contains([next, item.id]) {
                        let expected = scale.follow(item.id, along: reference)
                        let other = scale.follow(item.id, along: path)
                        if let problem = disagreement(expected, other) {
                            reported.insert([next, item.id])
                            report(item.id, problem, reference, path, at: other)
                        }
                    }
                }
            }
        }
    }

    /// Two chains contradict each other when both reach a counterpart and the counterparts
    /// differ, or both carry scores and their level maps differ. A chain that loses the item or
    /// its levels on the way (a `none`, a map that cannot be inverted) says less, not otherwise.
    private func disagreement(_ a: Equivalence, _ b: Equivalence) -> String? {
        if let first = a.toItem, let second = b.toItem, first != second {
            return "as '\(first)' and as '\(second)'"
        }
        if a.isComparable, b.isComparable, a.levelMap != b.levelMap {
            return "with level maps \(describe(a.levelMap)) and \(describe(b.levelMap))"
        }
        return nil
    }

    private func describe(_ map: [Int: Int]?) -> String {
        guard let map else { return "none" }
        return "{" + map.keys.sorted().map { "\($0)→\(map[$0] ?? 0)" }.joined(separator: ", ") + "}"
    }

    private mutating func report(
        _ item: String, _ problem: String, _ first: [String], _ second: [String], at other: Equivalence
    ) {
        let location =
            other.steps.first.flatMap { locations[$0.relation] }
            ?? SourceLocation(file: "relations", line: 1, column: 1)
        let firstLocation = scale.follow(item, along: first).steps.first.flatMap { locations[$0.relation] }
        diagnostics.append(
            .error(
                .contradictoryRelations,
                "'\(item)' of \(first.first ?? "") reaches \(first.last ?? "") \(problem), via \(first.joined(separator: " → ")) and via \(second.joined(separator: " → "))",
                at: location,
                notes: firstLocation.map { [.init("the chain \(first.joined(separator: " → ")) starts here", at: $0)] } ?? []))
    }
}
