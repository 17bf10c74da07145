/// The limits the compiler enforces, each far above what a real scale needs, so that hostile or
/// broken input fails fast with a clear error instead of exhausting memory or time.
public enum Limits {
    /// Bytes per scale file (and per score file).
    public static let fileSize = 8 * 1024 * 1024
    /// Bytes per XLIFF file: a whole edition's texts with notes, in several languages' worth.
    public static let xliffFileSize = 32 * 1024 * 1024
    /// Bytes per score or review file (YAML, JSON or CSV).
    public static let scoreFileSize = 8 * 1024 * 1024
    /// Diagnostics printed per file; the rest are counted ("and 4,211 more").
    public static let diagnosticsPerFile = 100
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
    /// The largest level (in magnitude) a scale may declare, so that totals of the most items
    /// at the highest level stay far inside Int.
    public static let levelMagnitude = 1_000_000
    /// Rows per spreadsheet of reviews (CSV), the header included.
    public static let csvRows = 100_000
    /// Columns per row of a spreadsheet: every item of the largest edition, and a few more.
    public static let csvColumns = itemsPerEdition + 100
    /// Criteria per criteria item.
    public static let criteriaPerItem = 100
}
