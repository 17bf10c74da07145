/// The item-by-item resolution between two editions, computed once and used for any number of
/// comparisons (resolving chains of relations is the expensive part of comparing).
public struct ComparisonPlan: Sendable {
    /// The scale whose relations are followed.
    public let scale: ScaleDefinition
    /// The edition of the first reviews.
    public let editionA: String
    /// The edition of the second reviews.
    public let editionB: String
    /// Every item of A with its equivalence in B (nil when the editions are not connected).
    let equivalences: [(item: String, equivalence: Equivalence?)]
    let itemsB: [String]

    /// Resolves every item of `editionA` in `editionB`, once.
    public init(scale: ScaleDefinition, from editionA: String, to editionB: String) {
        self.scale = scale
        self.editionA = editionA
        self.editionB = editionB
        equivalences = (scale.edition(editionA)?.items ?? []).map {
            ($0.id, scale.equivalence(of: $0.id, in: editionA, to: editionB))
        }
        itemsB = scale.edition(editionB)?.items.map(\.id) ?? []
    }

    /// Compares two reviews of this plan's editions (reviews of other editions get a plan of
    /// their own).
    public func compare(_ a: ComparisonSheet, _ b: ComparisonSheet) -> Comparison {
        guard a.edition == editionA, b.edition == editionB else { return scale.compare(a, b) }
        return scale.compare(a, b, plan: self)
    }
}

extension ScaleDefinition {
    /// Compares two reviews, of the same edition or of different editions. To compare many
    /// reviews of the same two editions, make a ``ComparisonPlan`` once.
    public func compare(_ a: ComparisonSheet, _ b: ComparisonSheet) -> Comparison {
        compare(a, b, plan: ComparisonPlan(scale: self, from: a.edition, to: b.edition))
    }

    fileprivate func compare(_ a: ComparisonSheet, _ b: ComparisonSheet, plan: ComparisonPlan) -> Comparison {
        let itemsA = plan.equivalences.map(\.item)
        let itemsB = plan.itemsB
        var pairs: [Comparison.Pair] = []
        var excluded: [Comparison.Excluded] = []
        var reachedB: Set<String> = []
        for (item, resolved) in plan.equivalences {
            guard let equivalence = resolved else {
                excluded.append(
                    .init(
                        itemA: item, itemB: nil, kind: nil,
                        reason: .notComparable(.editionsNotConnected(from: a.edition, to: b.edition))))
                continue
            }
            if let target = equivalence.toItem { reachedB.insert(target) }
            guard equivalence.isComparable, let target = equivalence.toItem else {
                excluded.append(
                    .init(
                        itemA: item, itemB: equivalence.toItem, kind: equivalence.kind,
                        reason: .notComparable(equivalence.obstacle ?? .noRelation(item: item, from: a.edition, to: b.edition))))
                continue
            }
            guard let scoreA = a.scores[item], let scoreB = b.scores[target] else {
                let side: Comparison.Side = a.scores[item] == nil ? (b.scores[target] == nil ? .both : .a) : .b
                excluded.append(.init(itemA: item, itemB: target, kind: equivalence.kind, reason: .missingScore(side: side)))
                continue
            }
            guard let mapped = equivalence.map(scoreA) else {
                excluded.append(.init(itemA: item, itemB: target, kind: equivalence.kind, reason: .unmappedLevel(scoreA)))
                continue
            }
            pairs.append(
                .init(
                    itemA: item, itemB: target, scoreA: scoreA, scoreB: scoreB, mappedA: mapped, equivalence: equivalence,
                    rescoredA: rescore(a.facts[item], as: target, in: b.edition),
                    rescoredB: rescore(b.facts[target], as: item, in: a.edition)))
        }
        for item in itemsB where !reachedB.contains(item) {
            let note = relations.first { $0.toEdition == b.edition && $0.toItem == item && $0.fromItem == nil }?.note
            excluded.append(
                .init(itemA: nil, itemB: item, kind: RelationKind.none, reason: .onlyInB(note: note)))
        }
        let count = itemsA.count + itemsB.filter { !reachedB.contains($0) }.count
        let verdict: Comparison.Verdict =
            pairs.isEmpty ? .notComparable
            : pairs.count == count ? .fullyComparable : .partiallyComparable(comparable: pairs.count, of: count)
        return Comparison(
            editionA: a.edition, editionB: b.edition, pairs: pairs, excluded: excluded,
            totalA: pairs.reduce(0) { $0 + $1.scoreA }, mappedTotalA: pairs.reduce(0) { $0 + $1.mappedA },
            totalB: pairs.reduce(0) { $0 + $1.scoreB }, verdict: verdict, itemCount: count)
    }

    /// Facts of one edition scored under another edition's rules for its counterpart item.
    ///
    /// Conditions are passed on only where the counterpart names the same condition; others are
    /// reported by the finding as not stated, never assumed.
    private func rescore(_ facts: ItemFacts?, as item: String, in editionID: String) -> LevelFinding? {
        guard let facts, let target = edition(editionID), let definition = target.item(item) else { return nil }
        if case .level = facts.observation { return nil }
        let known = Set(definition.caps.map(\.condition))
        let conditions = facts.conditions.filter { known.contains($0.key) }
        return try? target.level(for: item, from: ItemFacts(facts.observation, conditions: conditions))
    }
}
