/// Remembers where each id of one kind was first declared, and reports repeats with a note.
struct IDRegistry {
    let kind: String
    private(set) var firstDeclared: [String: SourceLocation] = [:]
    private(set) var order: [String] = []

    init(kind: String) { self.kind = kind }

    /// Registers an id; returns a diagnostic when it was declared before.
    mutating func register(_ id: Located<String>) -> Diagnostic? {
        if let first = firstDeclared[id.value] {
            return .error(
                .duplicateID, "duplicate \(kind) '\(id.value)'", at: id.location,
                notes: [.init("'\(id.value)' first declared here", at: first)])
        }
        firstDeclared[id.value] = id.location
        order.append(id.value)
        return nil
    }
}
