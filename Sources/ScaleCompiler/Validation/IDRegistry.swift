/// Remembers where each id of one kind was first declared, and reports repeats with a note.
struct IDRegistry {
    let kind: String
    /// Where the ids live, for the message (` in item 'gamma'`).
    let context: String
    private(set) var firstDeclared: [String: SourceLocation] = [:]
    private(set) var order: [String] = []

    init(kind: String, context: String = "") {
        self.kind = kind
        self.context = context
    }

    /// Registers an id; returns a diagnostic when it was declared before.
    mutating func register(_ id: Located<String>) -> Diagnostic? {
        if let first = firstDeclared[id.value] {
            return .error(
                .duplicateID, "duplicate \(kind) '\(id.value)'\(context)", at: id.location,
                notes: [.init("'\(id.value)' first declared here", at: first)])
        }
        firstDeclared[id.value] = id.location
        order.append(id.value)
        return nil
    }
}
