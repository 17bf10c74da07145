/// Totals of a typed score sheet: over the items scored, per section, and the band when complete.
///
/// The typed counterpart of ``ScoreResult``: items, sections and bands are the edition's own
/// types. Missing items are listed, never counted as zero: with items missing there is no band,
/// only the bands the total could still reach.
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

    /// The sum over the items that have a score (and those the missing-data policy scored).
    public var total: Int
    /// One subtotal per section, in scale order.
    public var sections: [SectionTotal]
    /// The items without a score, in scale order.
    public var missing: [Edition.Item]
    /// The band of the total; nil while items are missing.
    public var band: Edition.Band?
    /// The bands the complete total could fall in, given the missing items.
    public var possibleBands: [Edition.Band]
    /// The lowest and highest total the complete sheet could reach.
    public var possibleTotals: ClosedRange<Int>
    /// Items given a score by the edition's missing-data policy, in scale order; counted in the
    /// totals and listed here, never hidden.
    public var imputed: [Edition.Item]
    /// The policy applied, when the source view was asked for and the edition states one.
    public var missingDataPolicy: MissingDataPolicy?

    /// True when every item has a score.
    public var isComplete: Bool { missing.isEmpty }

    /// The band, also when items are missing but every score they could get lands in one band.
    public var certainBand: Edition.Band? { band ?? (possibleBands.count == 1 ? possibleBands.first : nil) }

    /// Tallies levels stored in scale order, in one pass and without looking anything up by id.
    init(levels: [Int?], imputing policy: MissingDataPolicy?) {
        let edition = Edition.definition
        let tally = PositionTally(edition, imputeLowest: policy?.rule == .lowestLevel) { position in
            levels.indices.contains(position) ? levels[position] : nil
        }
        total = tally.total
        sections = tally.sections.enumerated().compactMap { index, section in
            Edition.Section(index: index).map {
                SectionTotal(section: $0, total: section.total, scoredItems: section.scored, itemCount: section.count)
            }
        }
        missing = tally.missing.compactMap(Edition.Item.init(index:))
        imputed = tally.imputed.compactMap(Edition.Item.init(index:))
        band = tally.band.flatMap(Edition.Band.init(index:))
        possibleBands = tally.possibleBands.compactMap(Edition.Band.init(index:))
        possibleTotals = tally.possibleTotals
        missingDataPolicy = policy
    }
}
