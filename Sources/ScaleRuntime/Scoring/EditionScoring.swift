extension EditionDefinition {
    /// Checks one score against the edition.
    public func validate(item id: String, score: Int) throws(ScoreError) {
        guard item(id) != nil else { throw .unknownItem(id, edition: self.id) }
        guard levels.contains(score) else { throw .levelOutOfRange(item: id, score: score, range: levels) }
    }

    /// Totals, section subtotals, band and missing items for scores keyed by item id.
    ///
    /// Every score must be valid (see ``validate(item:score:)``); the first invalid one throws.
    public func score(_ scores: [String: Int]) throws(ScoreError) -> ScoreResult {
        for (id, score) in scores.sorted(by: { $0.key < $1.key }) { try validate(item: id, score: score) }
        return tally(scores)
    }

    /// Totals under a chosen view of missing data: `.strict` lists missing items; `.source`
    /// applies the edition's policy (the nb handbook scores each missing item 1) and lists the
    /// items it scored in ``ScoreResult/imputed``.
    public func score(_ scores: [String: Int], missing view: MissingDataView) throws(ScoreError) -> ScoreResult {
        var result = try score(scores)
        guard view == .source, let policy = missingData else { return result }
        result.missingDataPolicy = policy
        guard policy.rule == .lowestLevel, !result.missing.isEmpty else { return result }
        var filled = scores
        for id in result.missing { filled[id] = levels.lowerBound }
        let imputed = result.missing
        result = tally(filled)
        result.imputed = imputed
        result.missingDataPolicy = policy
        return result
    }

    /// Totals of scores already validated against this edition.
    func tally(_ scores: [String: Int]) -> ScoreResult {
        var sectionTotals: [ScoreResult.SectionTotal] = []
        var missing: [String] = []
        for section in sections {
            let scored = section.items.compactMap { scores[$0.id] }
            missing += section.items.filter { scores[$0.id] == nil }.map(\.id)
            sectionTotals.append(
                .init(
                    sectionID: section.id, total: scored.reduce(0, +), scoredItems: scored.count,
                    itemCount: section.items.count))
        }
        let total = sectionTotals.reduce(0) { $0 + $1.total }
        let possible = (total + missing.count * levels.lowerBound)...(total + missing.count * levels.upperBound)
        return ScoreResult(
            edition: id, total: total, sections: sectionTotals, missing: missing,
            band: missing.isEmpty ? band(forTotal: total) : nil,
            possibleBands: bands.filter { $0.range.overlaps(possible) }, possibleTotals: possible)
    }
}
