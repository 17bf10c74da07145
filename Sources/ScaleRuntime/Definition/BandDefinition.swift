/// A total-score band (e.g. 100–114 "good fidelity").
public struct BandDefinition: Sendable, Hashable {
    public var id: String
    public var range: ClosedRange<Int>

    public init(id: String, range: ClosedRange<Int>) {
        self.id = id
        self.range = range
    }
}
