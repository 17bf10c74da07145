/// Totals of levels looked up by item position, in one pass: the one tally behind both the
/// string-keyed ``ScoreResult`` and the typed ``SheetResult``. Positions are scale order;
/// sections and bands are their indices in the edition.
struct PositionTally {
    struct Section {
        var total = 0
        var scored = 0
        var count = 0
    }

    var total = 0
    var sections: [Section] = []
    /// Positions without a level, in scale order.
    var missing: [Int] = []
    /// Positions given the lowest level by the missing-data policy.
    var imputed: [Int] = []
    var possibleTotals: ClosedRange<Int> = 0...0
    /// The band of a complete total.
    var band: Int?
    /// The bands the complete total could fall in.
    var possibleBands: [Int] = []

    /// - Parameter level: the level at a position, nil while missing.
    init(_ edition: EditionDefinition, imputeLowest: Bool, level: (Int) -> Int?) {
        sections.reserveCapacity(edition.sections.count)
        var position = 0
        for definition in edition.sections {
            var section = Section(count: definition.items.count)
            for _ in definition.items {
                defer { position += 1 }
                if let given = level(position) {
                    section.total += given
                    section.scored += 1
                } else if imputeLowest {
                    section.total += edition.levels.lowerBound
                    section.scored += 1
                    imputed.append(position)
                } else {
                    missing.append(position)
                }
            }
            total += section.total
            sections.append(section)
        }
        possibleTotals =
            (total + missing.count * edition.levels.lowerBound)...(total + missing.count * edition.levels.upperBound)
        for (index, definition) in edition.bands.enumerated() {
            if missing.isEmpty, band == nil, definition.range.contains(total) { band = index }
            if definition.range.overlaps(possibleTotals) { possibleBands.append(index) }
        }
    }
}
