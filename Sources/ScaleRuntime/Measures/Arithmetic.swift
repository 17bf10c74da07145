/// Aggregation, rounding and number formatting for scoring from facts.
enum Arithmetic {
    static func aggregate(_ values: [Double], _ aggregation: Measure.Aggregation) -> Double {
        switch aggregation {
        case .mean, .single:
            return values.reduce(0, +) / Double(values.count)
        case .sum:
            return values.reduce(0, +)
        case .median:
            let sorted = values.sorted()
            let middle = sorted.count / 2
            return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
        }
    }

    /// Rounds to a whole number; `nearest` rounds halves away from zero (21.5 → 22).
    static func round(_ value: Double, _ rounding: Measure.Rounding) -> Double {
        switch rounding {
        case .none: value
        case .nearest: value.rounded(.toNearestOrAwayFromZero)
        case .down: value.rounded(.down)
        case .up: value.rounded(.up)
        case .nearestAnchor: value
        }
    }

    /// `21`, `21.33`, `4.71`: at most two decimals, no trailing zeros.
    static func format(_ value: Double) -> String {
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero) / 100
        return Interval.format(hundredths)
    }

    static func describe(_ rounding: Measure.Rounding) -> String {
        switch rounding {
        case .none: "not rounded"
        case .nearest: "rounded to the nearest whole number"
        case .down: "rounded down"
        case .up: "rounded up"
        case .nearestAnchor: "the nearest anchor on the scale decides"
        }
    }

    static func describe(_ aggregation: Measure.Aggregation, of values: [Double]) -> String {
        let list = values.map(format).joined(separator: ", ")
        switch aggregation {
        case .mean: return "mean of \(list)"
        case .median: return "median of \(list)"
        case .sum: return "sum of \(list)"
        case .single: return "value \(list)"
        }
    }
}
