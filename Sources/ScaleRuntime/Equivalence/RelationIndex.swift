/// The declared relations looked up in constant time: by the item a step leaves from, in either
/// direction, and the editions each edition is related to. Built once per ``ScaleDefinition`` so
/// that resolving and checking chains never scans the whole list.
struct RelationIndex: Sendable {
    private struct Key: Hashable {
        var edition: String
        var next: String
        var item: String
    }

    private var forward: [Key: Int] = [:]
    private var backward: [Key: Int] = [:]
    /// For each edition, the editions it has relations with, sorted.
    private(set) var neighbours: [String: [String]] = [:]

    init(_ relations: [ItemRelation]) {
        var sets: [String: Set<String>] = [:]
        for (index, relation) in relations.enumerated() {
            if let item = relation.fromItem {
                let key = Key(edition: relation.fromEdition, next: relation.toEdition, item: item)
                if forward[key] == nil { forward[key] = index }
            }
            if let item = relation.toItem {
                let key = Key(edition: relation.toEdition, next: relation.fromEdition, item: item)
                if backward[key] == nil { backward[key] = index }
            }
            sets[relation.fromEdition, default: []].insert(relation.toEdition)
            sets[relation.toEdition, default: []].insert(relation.fromEdition)
        }
        neighbours = sets.mapValues { $0.sorted() }
    }

    /// The position of the relation that leads from `item` of `edition` into `next`, and whether
    /// it is followed backwards. A relation declared in the forward direction wins.
    func step(of item: String, from edition: String, to next: String) -> (index: Int, reversed: Bool)? {
        let key = Key(edition: edition, next: next, item: item)
        if let index = forward[key] { return (index, false) }
        if let index = backward[key] { return (index, true) }
        return nil
    }

    /// The shortest chain of editions from `start` to every edition reachable from it, each
    /// ending in that edition. Ties are broken by edition id, neighbour by neighbour, so the
    /// chain chosen is the same on every run. Breadth-first: linear in the editions and pairs.
    func shortestChains(from start: String) -> [String: [String]] {
        var chains: [String: [String]] = [start: [start]]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let here = queue[head]
            head += 1
            let chain = chains[here] ?? [here]
            for next in neighbours[here] ?? [] where chains[next] == nil {
                chains[next] = chain + [next]
                queue.append(next)
            }
        }
        return chains
    }
}
