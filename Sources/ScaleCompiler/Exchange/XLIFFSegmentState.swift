/// The state of an XLIFF 2.0 `<segment>`, from least to most advanced. A segment without a
/// `state` attribute is `initial`, as the specification says.
public enum XLIFFSegmentState: String, Sendable, CaseIterable, Comparable {
    /// Not translated, or a draft: its target is not imported.
    case initial
    /// Translated, not yet reviewed: imported.
    case translated
    /// Reviewed: imported and recorded in ``XLIFFImport/Result/reviewedKeys``.
    case reviewed
    /// Signed off: imported and recorded like `reviewed`.
    case final

    private var rank: Int {
        switch self {
        case .initial: 0
        case .translated: 1
        case .reviewed: 2
        case .final: 3
        }
    }

    public static func < (lhs: XLIFFSegmentState, rhs: XLIFFSegmentState) -> Bool { lhs.rank < rhs.rank }

    /// Whether a reviewer signed the target off (`reviewed` or `final`).
    public var isReviewed: Bool { self >= .reviewed }
}
