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

    mutating func run() {
        for source in scale.editions {
            for target in scale.editions where target.id > source.id {
                let paths = scale.editionPaths(from: source.id, to: target.id)
                guard paths.count > 1, let reference = paths.first else { continue }
                for item in source.items {
                    let expected = scale.follow(item.id, along: reference)
                    for path in paths.dropFirst() {
                        let other = scale.follow(item.id, along: path)
                        if let problem = disagreement(expected, other) {
                            report(item.id, problem, reference, path, at: other)
                            break
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
