/// Checks that the bands cover the whole total range without gap or overlap.
struct BandValidator {
    let bands: [StructureSyntax.BandSyntax]
    let bandsLocation: SourceLocation
    let totalRange: ClosedRange<Int>
    /// How the total range arises (`25 items × levels 1–5`), for notes.
    let explanation: String
    var diagnostics: [Diagnostic] = []
    /// Every band id declared, in order, whether or not its range could be read.
    private(set) var declaredIDs: [String] = []

    init(bands: [StructureSyntax.BandSyntax], bandsLocation: SourceLocation, totalRange: ClosedRange<Int>, explanation: String) {
        self.bands = bands
        self.bandsLocation = bandsLocation
        self.totalRange = totalRange
        self.explanation = explanation
    }

    private var rangeNote: Diagnostic.Note {
        .init("totals run from \(totalRange.lowerBound) to \(totalRange.upperBound) (\(explanation))")
    }

    mutating func run() -> [BandDefinition] {
        var registry = IDRegistry(kind: "band id")
        var valid: [(id: Located<String>, min: Located<Int>, max: Located<Int>)] = []
        var complete = true
        for written in bands {
            if let problem = registry.register(written.id) {
                diagnostics.append(problem)
                continue
            }
            guard let min = written.min, let max = written.max else {
                complete = false
                continue
            }
            let band = (id: written.id, min: min, max: max)
            guard band.min.value <= band.max.value else {
                diagnostics.append(
                    .error(
                        .emptyInterval, "band '\(band.id.value)' has min \(band.min.value) above max \(band.max.value)",
                        at: band.min.location))
                continue
            }
            if band.min.value < totalRange.lowerBound {
                diagnostics.append(
                    .error(
                        .bandOutOfRange, "band '\(band.id.value)' starts at \(band.min.value), below the lowest total",
                        at: band.min.location, notes: [rangeNote],
                        fixIts: [.init(at: band.min.location, length: String(band.min.value).utf8.count, replacement: String(totalRange.lowerBound))]))
            }
            if band.max.value > totalRange.upperBound {
                diagnostics.append(
                    .error(
                        .bandOutOfRange, "band '\(band.id.value)' ends at \(band.max.value), above the highest total",
                        at: band.max.location, notes: [rangeNote],
                        fixIts: [.init(at: band.max.location, length: String(band.max.value).utf8.count, replacement: String(totalRange.upperBound))]))
            }
            valid.append(band)
        }
        if bands.isEmpty {
            diagnostics.append(.error(.missingKey, "an edition needs at least one band", at: bandsLocation, notes: [rangeNote]))
        }
        // Coverage is only meaningful when every band's range could be read.
        declaredIDs = registry.order
        if complete { checkCoverage(valid.sorted { ($0.min.value, $0.max.value) < ($1.min.value, $1.max.value) }) }
        return valid.map { BandDefinition(id: $0.id.value, range: $0.min.value...$0.max.value) }
    }

    private mutating func checkCoverage(_ sorted: [(id: Located<String>, min: Located<Int>, max: Located<Int>)]) {
        guard !sorted.isEmpty else { return }
        var covered = totalRange.lowerBound - 1
        var previous: (id: Located<String>, min: Located<Int>, max: Located<Int>)?
        for band in sorted {
            if band.min.value > covered + 1, covered + 1 <= totalRange.upperBound {
                let gapEnd = min(band.min.value - 1, totalRange.upperBound)
                diagnostics.append(
                    .error(
                        .bandGap,
                        "no band covers \(Self.totals((covered + 1)...gapEnd))",
                        at: band.min.location,
                        notes: (previous.map { [Diagnostic.Note("the band below ends at \($0.max.value)", at: $0.max.location)] } ?? [])
                            + [rangeNote]))
            } else if band.min.value <= covered, let previous {
                diagnostics.append(
                    .error(
                        .bandOverlap,
                        "band '\(band.id.value)' overlaps band '\(previous.id.value)' on \(Self.totals(band.min.value...min(covered, band.max.value)))",
                        at: band.min.location,
                        notes: [.init("band '\(previous.id.value)' ends at \(previous.max.value)", at: previous.max.location)]))
            }
            if band.max.value > covered {
                covered = band.max.value
                previous = band
            }
        }
        if covered < totalRange.upperBound, let last = previous {
            diagnostics.append(
                .error(
                    .bandGap, "no band covers \(Self.totals((covered + 1)...totalRange.upperBound))",
                    at: last.max.location, notes: [rangeNote]))
        }
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
    }

    /// "the total 100" or "the totals 115–125".
    static func totals(_ range: ClosedRange<Int>) -> String {
        (range.lowerBound == range.upperBound ? "the total " : "the totals ") + describe(range)
    }
}
