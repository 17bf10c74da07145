/// The part of an edition that totalling needs, flattened into arrays of positions: item count,
/// level range, where each section ends, and the bands' ranges.
///
/// Scoring a typed sheet reads only this, never the edition's definition (a large value of
/// texts and item definitions whose copy alone costs more than the sum). Generated editions keep
/// one in a `static let`, made once at first use.
public final class ScoringLayout: Sendable {
    /// How many items the edition has.
    public let itemCount: Int
    /// The range every item is scored in.
    public let levels: ClosedRange<Int>
    /// For each section in scale order, the position after its last item.
    let sectionEnds: [Int]
    /// The bands' total ranges, in declaration order.
    let bandRanges: [ClosedRange<Int>]

    /// The layout of an edition.
    public init(_ edition: EditionDefinition) {
        levels = edition.levels
        var ends: [Int] = []
        var position = 0
        for section in edition.sections {
            position += section.items.count
            ends.append(position)
        }
        sectionEnds = ends
        itemCount = position
        bandRanges = edition.bands.map(\.range)
    }

    /// The first band whose range holds a complete total.
    func band(ofTotal total: Int) -> Int? {
        for (index, range) in bandRanges.enumerated() where range.contains(total) { return index }
        return nil
    }
}
