/// A range of values with each end open, closed or unbounded.
public struct Interval: Sendable, Hashable, CustomStringConvertible {
    /// One end of an interval.
    public struct Bound: Sendable, Hashable {
        /// Where the end lies.
        public var value: Double
        /// Whether the end value itself belongs to the interval (`[` or `]`).
        public var inclusive: Bool
        /// An end at `value`, closed when `inclusive`, open otherwise.
        public init(_ value: Double, inclusive: Bool) {
            self.value = value
            self.inclusive = inclusive
        }
    }

    /// The lower end; nil when the interval is unbounded below (−∞).
    public var lower: Bound?
    /// The upper end; nil when the interval is unbounded above (∞).
    public var upper: Bound?

    /// An interval between two ends; nil for an unbounded end.
    public init(lower: Bound?, upper: Bound?) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` lies in the interval: closed ends included, open ends excluded.
    public func contains(_ value: Double) -> Bool {
        if let lower, lower.inclusive ? value < lower.value : value <= lower.value { return false }
        if let upper, upper.inclusive ? value > upper.value : value >= upper.value { return false }
        return true
    }

    /// Whether every value of `other` is in this interval.
    public func covers(_ other: Interval) -> Bool {
        if let lower {
            guard let low = other.lower else { return false }
            if low.value < lower.value || (low.value == lower.value && low.inclusive && !lower.inclusive) { return false }
        }
        if let upper {
            guard let high = other.upper else { return false }
            if high.value > upper.value || (high.value == upper.value && high.inclusive && !upper.inclusive) { return false }
        }
        return true
    }

    /// How far `value` is from the interval: 0 inside it (an open end counts as its bound).
    /// An open end counts a hair further than a closed one at the same value, so 2.6 is nearer
    /// to `[2, 2]` than to `(−∞, 2)`.
    public func distance(to value: Double) -> Double {
        if let lower, value < lower.value || (value == lower.value && !lower.inclusive) {
            return lower.value - value + (lower.inclusive ? 0 : Self.openEndPenalty)
        }
        if let upper, value > upper.value || (value == upper.value && !upper.inclusive) {
            return value - upper.value + (upper.inclusive ? 0 : Self.openEndPenalty)
        }
        return 0
    }

    static let openEndPenalty = 1e-7

    /// Mathematical notation: `[21, 25]`, `[0, 60)`, `[96, ∞)`.
    public var description: String {
        let left = lower.map { ($0.inclusive ? "[" : "(") + Self.format($0.value) } ?? "(−∞"
        let right = upper.map { Self.format($0.value) + ($0.inclusive ? "]" : ")") } ?? "∞)"
        return "\(left), \(right)"
    }

    /// `21` for whole values, `20.5` otherwise.
    public static func format(_ value: Double) -> String {
        if let whole = Int(exactly: value) { return String(whole) }
        return String(value)
    }
}
