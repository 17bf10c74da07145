/// Totals of a score sheet: over the items scored, per section, and the band when complete.
///
/// Missing items are listed, never counted as zero: with items missing there is no band, only
/// the bands the total could still reach.
public struct ScoreResult: Sendable, Hashable {
    /// The subtotal of one section.
    public struct SectionTotal: Sendable, Hashable {
        /// The section's id.
        public var sectionID: String
        /// The sum over the section's items that have a score.
        public var total: Int
        /// How many of the section's items have a score.
        public var scoredItems: Int
        /// How many items the section has.
        public var itemCount: Int
    }

    /// The edition's id.
    public var edition: String
    /// The sum over the items that have a score.
    public var total: Int
    /// One subtotal per section, in scale order.
    public var sections: [SectionTotal]
    /// Ids of the items without a score, in scale order.
    public var missing: [String]
    /// The band of the total; nil while items are missing.
    public var band: BandDefinition?
    /// The bands the complete total could fall in, given the missing items.
    public var possibleBands: [BandDefinition]
    /// The lowest and highest total the complete sheet could reach.
    public var possibleTotals: ClosedRange<Int>
    /// Items given a score by the edition's missing-data policy (``MissingDataView/source``),
    /// in scale order; they are counted in the totals and listed here, never hidden.
    public var imputed: [String] = []
    /// The policy applied, when the source view was asked for and the edition states one.
    public var missingDataPolicy: MissingDataPolicy?

    /// True when every item has a score.
    public var isComplete: Bool { missing.isEmpty }

    /// The band, also when items are missing but every score they could get lands in one band.
    public var certainBand: BandDefinition? { band ?? (possibleBands.count == 1 ? possibleBands.first : nil) }
}
