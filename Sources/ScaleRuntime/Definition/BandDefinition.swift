/// A total-score band (e.g. 100–114 "good fidelity").
public struct BandDefinition: Sendable, Hashable {
    /// The stable id (`good`), as the structure file writes it.
    public var id: String
    /// The totals the band covers, both ends included (`100...114`).
    public var range: ClosedRange<Int>

    /// A band from its id and the totals it covers.
    public init(id: String, range: ClosedRange<Int>) {
        self.id = id
        self.range = range
    }
}
