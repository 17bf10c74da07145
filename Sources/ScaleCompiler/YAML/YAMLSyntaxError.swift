/// Why libyaml stopped reading a file, in Swift terms, with what had been read by then.
struct YAMLSyntaxError: Sendable {
    enum Stage: Sendable {
        /// Decoding characters: the location is ``readerOffset``.
        case reader
        case scanner
        case parser
        case other
    }

    /// A collection still open when libyaml stopped.
    struct OpenCollection: Sendable {
        var isMapping: Bool
        var isFlow: Bool
        /// Byte offset of its first character (`[`, `{`, `-` or its first key).
        var start: Int
    }

    /// The node read last before libyaml stopped.
    struct LastNode: Sendable {
        enum Kind: Sendable, Equatable {
            case plainScalar
            /// A quoted scalar with its quote character (`"` or `'`).
            case quotedScalar(quote: UInt8)
            case blockScalar
            case flowCollection
        }

        var kind: Kind
        /// Byte offsets of its first character and just past its last.
        var start: Int
        var end: Int
    }

    var stage: Stage
    var problem: String? = nil
    var context: String? = nil
    /// libyaml's marks as character (Unicode scalar) indexes.
    var problemIndex: Int
    var contextIndex: Int? = nil
    /// The reader's byte offset and offending character (or -1), for ``Stage/reader``.
    var readerOffset: Int = 0
    var readerValue: Int = -1
    var open: [OpenCollection] = []
    var lastNode: LastNode? = nil
}
