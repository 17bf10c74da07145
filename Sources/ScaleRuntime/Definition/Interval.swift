/// A range of values with each end open, closed or unbounded.
public struct Interval: Sendable, Hashable, CustomStringConvertible {
    /// One end of an interval.
    public struct Bound: Sendable, Hashable {
        public var value: Double
        public var inclusive: Bool
        public init(_ value: Double, inclusive: Bool) {
            self.value = value
            self.inclusive = inclusive
        }
    }

    public var lower: Bound?
    public var upper: Bound?

    public init(lower: Bound?, upper: Bound?) {
        self.lower = lower
        self.upper = upper
    }

    public func contains(_ value: Double) -> Bool {
        if let lower, lower.inclusive ? value < lower.value : value <= lower.value { return false }
        if let upper, upper.inclusive ? value > upper.value : value >= upper.value { return false }
        return true
    }

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
