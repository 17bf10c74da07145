import ScaleCompiler

/// A diff as the CLI prints it: `{"bump", "changes": [{"path", "kind", "bump", "location",
/// "summary"}], "symbols": {"added", "removed"}}`, or as text.
struct DiffReport: Encodable {
    struct Change: Encodable {
        var path: String
        var kind: String
        var bump: String
        /// `file:line:column`, in NEW (in OLD for a removal).
        var location: String?
        var summary: String
    }

    struct Symbols: Encodable {
        var added: [String]
        var removed: [String]
    }

    var old: String
    var new: String
    var bump: String
    var changes: [Change]
    var symbols: Symbols

    init(_ diff: ScaleDiff, old: String, new: String) {
        self.old = old
        self.new = new
        bump = diff.bump.rawValue
        changes = diff.changes.map {
            Change(path: $0.path, kind: $0.kind.rawValue, bump: $0.bump.rawValue, location: $0.location?.description, summary: $0.summary)
        }
        symbols = Symbols(added: diff.addedSymbols, removed: diff.removedSymbols)
    }

    var text: String {
        var out = "Comparing \(Console.printable(old)) with \(Console.printable(new))\n"
        guard !changes.isEmpty else { return out + "No changes (bump: none)\n" }
        out += "Bump: \(bump) (\(changes.count) change\(changes.count == 1 ? "" : "s"))\n"
        for level in [VersionBump.major, .minor, .patch] {
            let some = changes.filter { $0.bump == level.rawValue }
            guard !some.isEmpty else { continue }
            out += "\n\(level.rawValue.capitalized):\n"
            for change in some {
                out += "  \(change.location.map { $0 + ": " } ?? "")\(change.kind): \(change.summary)\n"
            }
        }
        if !symbols.added.isEmpty || !symbols.removed.isEmpty {
            out += "\nGenerated API:\n"
            for symbol in symbols.removed { out += "  - \(symbol)\n" }
            for symbol in symbols.added { out += "  + \(symbol)\n" }
        }
        return out
    }
}
