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
        for (id, score) in scores.sorted(by: { $0.key < $1.key }) { try validate(item: id, score: score) }
        guard view == .source, let policy = missingData else { return tally(scores) }
        var result = tally(scores, imputeLowest: policy.rule == .lowestLevel)
        result.missingDataPolicy = policy
        return result
    }

    /// Totals of scores already validated against this edition.
    func tally(_ scores: [String: Int], imputeLowest: Bool = false) -> ScoreResult {
        let items = self.items
        let tally = PositionTally(self, imputeLowest: imputeLowest) { scores[items[$0].id] }
        return ScoreResult(
            edition: id, total: tally.total,
            sections: zip(sections, tally.sections).map { definition, section in
                .init(sectionID: definition.id, total: section.total, scoredItems: section.scored, itemCount: section.count)
            },
            missing: tally.missing.map { items[$0].id }, band: tally.band.map { bands[$0] },
            possibleBands: tally.possibleBands.map { bands[$0] }, possibleTotals: tally.possibleTotals,
            imputed: tally.imputed.map { items[$0].id })
    }
}
