/// Totals of a typed score sheet: over the items scored, per section, and the band when complete.
///
/// The typed counterpart of ``ScoreResult``: items, sections and bands are the edition's own
/// types. Missing items are listed, never counted as zero: with items missing there is no band,
/// only the bands the total could still reach.
///
/// Making a result costs one pass over the sheet's levels and allocates nothing: it keeps the
/// sheet's storage (shared, not copied) and works out subtotals, missing items and possible bands
/// when they are asked for.
public struct SheetResult<Edition: ScaleEdition>: Sendable, Hashable {
    /// The subtotal of one section.
    public struct SectionTotal: Sendable, Hashable {
        /// The section.
        public var section: Edition.Section
        /// The sum over the section's items that have a score.
        public var total: Int
        /// How many of the section's items have a score.
        public var scoredItems: Int
        /// How many items the section has.
        public var itemCount: Int
    }

    /// The sheet's levels in scale order (nil: no score).
    private let levels: [Int?]
    /// The policy applied, when the source view was asked for and the edition states one.
    public let missingDataPolicy: MissingDataPolicy?
    /// The sum over the items that have a score (and those the missing-data policy scored).
    public let total: Int
    /// How many items have no score (after the policy).
    private let missingCount: Int
    /// The lowest and highest total the complete sheet could reach.
    public let possibleTotals: ClosedRange<Int>
    private let bandIndex: Int?

    /// Tallies levels stored in scale order, in one pass and without looking anything up by id.
    init(levels: [Int?], imputing policy: MissingDataPolicy?) {
        let layout = Edition.scoringLayout
        let imputed = policy?.rule == .lowestLevel ? layout.levels.lowerBound : nil
        var total = 0
        var missing = 0
        for position in 0..<layout.itemCount {
            if position < levels.count, let level = levels[position] {
                total += level
            } else if let imputed {
                total += imputed
            } else {
                missing += 1
            }
        }
        self.levels = levels
        self.total = total
        missingCount = missing
        missingDataPolicy = policy
        possibleTotals = (total + missing * layout.levels.lowerBound)...(total + missing * layout.levels.upperBound)
        bandIndex = missing == 0 ? layout.band(ofTotal: total) : nil
    }

    /// One subtotal per section, in scale order.
    public var sections: [SectionTotal] {
        let layout = Edition.scoringLayout
        var result: [SectionTotal] = []
        result.reserveCapacity(layout.sectionEnds.count)
        var start = 0
        for (index, end) in layout.sectionEnds.enumerated() {
            var total = 0
            var scored = 0
            for position in start..<end {
                guard let level = level(at: position) else { continue }
                total += level
                scored += 1
            }
            if let section = Edition.Section(index: index) {
                result.append(SectionTotal(section: section, total: total, scoredItems: scored, itemCount: end - start))
            }
            start = end
        }
        return result
    }

    /// The items without a score, in scale order.
    public var missing: [Edition.Item] {
        guard missingCount > 0 else { return [] }
        return unscoredPositions.compactMap(Edition.Item.init(index:))
    }

    /// Items given a score by the edition's missing-data policy, in scale order; counted in the
    /// totals and listed here, never hidden.
    public var imputed: [Edition.Item] {
        guard missingDataPolicy?.rule == .lowestLevel else { return [] }
        return unscoredPositions.compactMap(Edition.Item.init(index:))
    }

    /// The band of the total; nil while items are missing.
    public var band: Edition.Band? { bandIndex.flatMap(Edition.Band.init(index:)) }

    /// The bands the complete total could fall in, given the missing items.
    public var possibleBands: [Edition.Band] {
        Edition.scoringLayout.bandRanges.enumerated().compactMap { index, range in
            range.overlaps(possibleTotals) ? Edition.Band(index: index) : nil
        }
    }

    /// True when every item has a score.
    public var isComplete: Bool { missingCount == 0 }

    /// The band, also when items are missing but every score they could get lands in one band.
    public var certainBand: Edition.Band? { band ?? (possibleBands.count == 1 ? possibleBands.first : nil) }

    /// The level counted at a position: the given one, or the policy's.
    private func level(at position: Int) -> Int? {
        if position < levels.count, let level = levels[position] { return level }
        return missingDataPolicy?.rule == .lowestLevel ? Edition.scoringLayout.levels.lowerBound : nil
    }

    /// Positions without a given level, in scale order.
    private var unscoredPositions: [Int] {
        (0..<Edition.scoringLayout.itemCount).filter { $0 >= levels.count || levels[$0] == nil }
    }
}
