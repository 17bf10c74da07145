extension ScaleDefinition {
    /// What `item` of `fromEdition` is in `toEdition`, following relations through intermediate
    /// editions along the shortest chain. Nil when the editions are not connected by relations
    /// or the item does not exist.
    ///
    /// Level maps compose along the chain, a relation followed backwards uses its inverted map
    /// (only when that map is one-to-one), and the result has the weakest relation on the chain.
    public func equivalence(of item: String, in fromEdition: String, to toEdition: String) -> Equivalence? {
        guard let source = edition(fromEdition), source.item(item) != nil, edition(toEdition) != nil else { return nil }
        if fromEdition == toEdition {
            let identity = Dictionary(uniqueKeysWithValues: source.levels.map { ($0, $0) })
            return Equivalence(
                fromEdition: fromEdition, fromItem: item, toEdition: toEdition, toItem: item, kind: .identical,
                levelMap: identity, approximate: false, steps: [], obstacle: nil)
        }
        guard let path = editionPaths(from: fromEdition, to: toEdition).first else { return nil }
        return follow(item, along: path)
    }

    /// Every chain of editions without repeats from one edition to another, shortest first.
    public func editionPaths(from start: String, to goal: String) -> [[String]] {
        var neighbours: [String: Set<String>] = [:]
        for relation in relations {
            neighbours[relation.fromEdition, default: []].insert(relation.toEdition)
            neighbours[relation.toEdition, default: []].insert(relation.fromEdition)
        }
        var paths: [[String]] = []
        func extend(_ path: [String]) {
            guard let last = path.last else { return }
            if last == goal {
                paths.append(path)
                return
            }
            for next in (neighbours[last] ?? []).sorted() where !path.contains(next) { extend(path + [next]) }
        }
        extend([start])
        return paths.sorted { ($0.count, $0.joined(separator: "/")) < ($1.count, $1.joined(separator: "/")) }
    }

    /// Follows one item along a chain of editions.
    public func follow(_ item: String, along path: [String]) -> Equivalence {
        let start = path.first ?? ""
        let sourceLevels = edition(start)?.levels ?? 1...1
        var result = Equivalence(
            fromEdition: start, fromItem: item, toEdition: path.last ?? start, toItem: item, kind: .identical,
            levelMap: Dictionary(uniqueKeysWithValues: sourceLevels.map { ($0, $0) }), approximate: false, steps: [],
            obstacle: nil)
        var current = item
        for (here, next) in zip(path, path.dropFirst()) {
            guard let (relation, reversed) = relation(of: current, from: here, to: next) else {
                result.toItem = nil
                result.kind = .none
                result.levelMap = nil
                result.obstacle = "no relation is declared for '\(current)' between \(here) and \(next)"
                return result
            }
            result.steps.append(.init(relation: relation, reversed: reversed))
            result.kind = max(result.kind, relation.kind)
            result.approximate = result.approximate || relation.approximate
            guard let counterpart = reversed ? relation.fromItem : relation.toItem else {
                result.toItem = nil
                result.levelMap = nil
                result.obstacle = "'\(current)' of \(here) has no counterpart in \(next): \(relation.note)"
                return result
            }
            current = counterpart
            result.toItem = counterpart
            guard result.obstacle == nil else { continue }
            switch stepMap(relation, reversed: reversed) {
            case .success(let map):
                if let map, let levels = result.levelMap {
                    result.levelMap = levels.compactMapValues { map[$0] }
                }
            case .failure(let obstacle):
                result.levelMap = nil
                result.obstacle = obstacle.message
            }
        }
        return result
    }

    /// The relation that leads from `item` of `edition` into `next`, and whether it is followed
    /// backwards.
    private func relation(of item: String, from edition: String, to next: String) -> (ItemRelation, Bool)? {
        if let forward = relations.first(where: { $0.fromEdition == edition && $0.toEdition == next && $0.fromItem == item }) {
            return (forward, false)
        }
        if let backward = relations.first(where: { $0.toEdition == edition && $0.fromEdition == next && $0.toItem == item }) {
            return (backward, true)
        }
        return nil
    }

    private struct Obstacle: Error {
        var message: String
    }

    /// The level map of one step: nil for "levels carry over", an error when scores cannot pass.
    private func stepMap(_ relation: ItemRelation, reversed: Bool) -> Result<[Int: Int]?, Obstacle> {
        guard relation.isComparable else {
            switch relation.kind {
            case .adapted:
                return .failure(Obstacle(message: "adapted, not comparable: \(relation.note)"))
            default:
                return .failure(Obstacle(message: "\(relation.kind.rawValue) without a level map: \(relation.note)"))
            }
        }
        guard let map = relation.levelMap else { return .success(nil) }
        guard reversed else { return .success(map) }
        var inverse: [Int: Int] = [:]
        for (from, to) in map {
            guard inverse[to] == nil else {
                return .failure(
                    Obstacle(message: "the level map of '\(relation.fromItem ?? "")' is not one-to-one, so it cannot be followed from \(relation.toEdition) back to \(relation.fromEdition)"))
            }
            inverse[to] = from
        }
        return .success(inverse)
    }
}
