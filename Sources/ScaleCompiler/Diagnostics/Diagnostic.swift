/// One finding of the compiler, printed as `file:line:column: severity: [code] message`.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A related place, printed as a `note:` line after its diagnostic.
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    /// A suggested edit: replace the text at `location` (of `length` UTF-8 bytes) with
    /// `replacement`.
    public struct FixIt: Hashable, Sendable, Codable {
        public var location: SourceLocation
        public var length: Int
        public var replacement: String

        public init(at location: SourceLocation, length: Int, replacement: String) {
            self.location = location
            self.length = length
            self.replacement = replacement
        }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation
    public var notes: [Note]
    public var fixIts: [FixIt]

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        notes: [Note] = [], fixIts: [FixIt] = []
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
        self.fixIts = fixIts
    }

    public static func error(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        notes: [Note] = [], fixIts: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes, fixIts: fixIts)
    }

    public static func warning(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
        notes: [Note] = [], fixIts: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes, fixIts: fixIts)
    }
}
