/// `<edition>/structure.yaml` as written, every value with its location.
struct StructureSyntax {
    enum Numbering: String, CaseIterable, Sendable, Hashable { case perSection = "per-section", continuous }
    enum Kind: String, CaseIterable, Sendable, Hashable { case rated, measured, criteria }

    struct Bound {
        var value: Double
        var inclusive: Bool
        var location: SourceLocation
    }

    struct IntervalSyntax {
        var lower: Bound?
        var upper: Bound?
        var location: SourceLocation
        var interval: Interval {
            Interval(
                lower: lower.map { .init($0.value, inclusive: $0.inclusive) },
                upper: upper.map { .init($0.value, inclusive: $0.inclusive) })
        }
    }

    struct DeclaredInterval {
        var interval: IntervalSyntax
        var note: Located<String>?
    }

    struct AlternativeSyntax {
        var aggregation: Located<Measure.Aggregation>?
        var rounding: Located<Measure.Rounding>?
        var note: Located<String>?
        var location: SourceLocation
    }

    /// A cap (`max-level`, applies when the condition is not met) or a floor (`min-level`,
    /// applies when it is met).
    struct CapSyntax {
        var condition: Located<String>
        var maxLevel: Located<Int>?
        var minLevel: Located<Int>?
        var note: Located<String>?
    }

    struct MinimumSampleSyntax {
        var withOneSpecialist: Located<Int>
        var withSeveralSpecialists: Located<Int>
        var level: Located<Int>
        var note: Located<String>
    }

    struct MinimumCountSyntax {
        var counted: Located<Measure.MinimumCount.Counted>
        var atLeast: Located<Int>
        var level: Located<Int>
        var note: Located<String>
    }

    struct SmallCaseloadRouteSyntax {
        var level: Located<Int>
        var jobSeekersBelow: Located<Int>
        var perJobSeeker: Located<Double>
        var note: Located<String>
    }

    struct CombinationSyntax {
        var aggregation: Located<Measure.Aggregation>
        var rounding: Located<Measure.Rounding>
        var alternative: AlternativeSyntax?
        var ties: Located<Measure.TieRule>?
        var location: SourceLocation
    }

    struct MeasureSyntax {
        var unit: Located<String>
        var values: Located<Measure.Values>
        var aggregation: Located<Measure.Aggregation>?
        var rounding: Located<Measure.Rounding>?
        var quotient: Located<Measure.Quotient>?
        var maxPerLabel: Located<Int>?
        var alternative: AlternativeSyntax?
        var domain: IntervalSyntax?
        var levels: [(level: Located<Int>, interval: IntervalSyntax)]
        var levelsLocation: SourceLocation
        var gaps: [DeclaredInterval]
        var overlaps: [DeclaredInterval]
        var ties: Located<Measure.TieRule>?
        var minimumSample: MinimumSampleSyntax?
        var smallCaseloadRoute: SmallCaseloadRouteSyntax?
        var minimumCount: MinimumCountSyntax?
        /// Levels no threshold gives, reached only through a cap (Org 1's level 1).
        var levelsByRule: [Located<Int>] = []
    }

    struct CriteriaSyntax {
        var criteria: [Located<String>]
        var levelsByCount: [(count: Located<Int>, level: Located<Int>)]
        var mapLocation: SourceLocation
    }

    struct ItemSyntax {
        var id: Located<String>
        var kind: Located<Kind>
        var dataSources: [Located<String>]
        var measure: MeasureSyntax?
        var criteria: CriteriaSyntax?
        var caps: [CapSyntax]
        var combination: CombinationSyntax?
    }

    struct SectionSyntax {
        var id: Located<String>
        var items: [ItemSyntax]
    }

    struct BandSyntax {
        var id: Located<String>
        /// Nil when the value was not a valid number (already reported).
        var min: Located<Int>?
        var max: Located<Int>?
    }

    var edition: Located<String>
    var levelMin: Located<Int>
    var levelMax: Located<Int>
    var levelsLocation: SourceLocation
    var numbering: Numbering
    var dataSources: [Located<String>]
    var sections: [SectionSyntax]
    var bands: [BandSyntax]
    var bandsLocation: SourceLocation
    var missingData: (rule: Located<MissingDataPolicy.Rule>, note: Located<String>)?
}
