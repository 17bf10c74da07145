/// The limits the compiler enforces, each far above what a real scale needs, so that hostile or
/// broken input fails fast with a clear error instead of exhausting memory or time.
public enum Limits {
    /// Bytes per input file.
    public static let fileSize = 8 * 1024 * 1024
    /// UTF-8 bytes per scalar (one text, id or number).
    public static let scalarLength = 64 * 1024
    /// Nodes (scalars, mappings, sequences) per file.
    public static let nodesPerFile = 500_000
    /// Nesting depth of mappings and sequences.
    public static let nestingDepth = 64
    /// Items per edition.
    public static let itemsPerEdition = 10_000
    /// Levels per scale (`max - min + 1`).
    public static let levelCount = 100
    /// Criteria per criteria item.
    public static let criteriaPerItem = 100
}
