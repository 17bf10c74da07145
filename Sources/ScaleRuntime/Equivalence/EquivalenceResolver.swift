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
        guard let path = editionChain(from: fromEdition, to: toEdition) else { return nil }
        return follow(item, along: path)
    }

    /// The chain of editions a comparison follows from one edition to another: the shortest,
    /// ties broken by edition id. Nil when no relations connect them.
    public func editionChain(from start: String, to goal: String) -> [String]? {
        relationIndex.shortestChains(from: start)[goal]
    }

    /// The chain ``editionChain(from:to:)`` picks to every edition reachable from `start`.
    public func editionChains(from start: String) -> [String: [String]] {
        relationIndex.shortestChains(from: start)
    }

    /// The editions `edition` has declared relations with, in either direction, sorted by id.
    public func relatedEditions(of edition: String) -> [String] {
        relationIndex.neighbours[edition] ?? []
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
                result.obstacle = .noRelation(item: current, from: here, to: next)
                return result
            }
            result.steps.append(.init(relation: relation, reversed: reversed))
            result.kind = max(result.kind, relation.kind)
            result.approximate = result.approximate || relation.approximate
            guard let counterpart = reversed ? relation.fromItem : relation.toItem else {
                result.toItem = nil
                result.levelMap = nil
                result.obstacle = .noCounterpart(item: current, from: here, to: next, note: relation.note)
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
                result.obstacle = obstacle
            }
        }
        return result
    }

    /// The relation that leads from `item` of `edition` into `next`, and whether it is followed
    /// backwards.
    private func relation(of item: String, from edition: String, to next: String) -> (ItemRelation, Bool)? {
        guard let step = relationIndex.step(of: item, from: edition, to: next), relations.indices.contains(step.index) else {
            return nil
        }
        return (relations[step.index], step.reversed)
    }

    /// The level map of one step: nil for "levels carry over", an error when scores cannot pass.
    private func stepMap(_ relation: ItemRelation, reversed: Bool) -> Result<[Int: Int]?, NotComparableReason> {
        guard relation.isComparable else {
            switch relation.kind {
            case .adapted:
                return .failure(.adapted(note: relation.note))
            default:
                return .failure(.noLevelMap(kind: relation.kind, note: relation.note))
            }
        }
        guard let map = relation.levelMap else { return .success(nil) }
        guard reversed else { return .success(map) }
        var inverse: [Int: Int] = [:]
        for (from, to) in map {
            guard inverse[to] == nil else {
                return .failure(.mapNotInvertible(item: relation.fromItem ?? "", from: relation.fromEdition, to: relation.toEdition))
            }
            inverse[to] = from
        }
        return .success(inverse)
    }
}
