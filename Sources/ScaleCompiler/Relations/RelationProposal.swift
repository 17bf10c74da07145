/// A draft of the relations between two editions, for a maintainer to review: items matched by
/// id; `identical` where the structure and the text (in a language both editions have) agree,
/// `reworded` where only the text differs or cannot be compared, `rescaled` with a draft level
/// map where the levels changed, and `none` for items only one edition has. Every entry is
/// marked `review: pending`, which the compiler warns about until it is removed.
public struct RelationProposal: Sendable {
    /// One drafted relation.
    public struct Entry: Sendable, Hashable {
        /// The item of the `from` edition; nil for an item only the other edition has.
        public var from: String?
        /// The item of the `to` edition; nil for an item only the `from` edition has.
        public var to: String?
        /// The proposed relation.
        public var kind: RelationKind
        /// The draft level map, for `rescaled`.
        public var levelMap: [Int: Int]?
        /// Why the entry was classified so, marked as a draft.
        public var note: String
    }

    /// The edition the relations lead from.
    public var from: String
    /// The edition they lead to.
    public var to: String
    /// One entry per item of either edition, `from`'s items first.
    public var entries: [Entry]

    /// The draft for `from` → `to`.
    public init(from a: EditionDefinition, to b: EditionDefinition) {
        from = a.id
        to = b.id
        let common = a.languages.first { b.languages.contains($0) }
        var entries: [Entry] = []
        for item in a.items {
            guard let counterpart = b.item(item.id) else {
                entries.append(Entry(from: item.id, to: nil, kind: .none, note: Self.draft("no item of \(b.id) has the id '\(item.id)'; relate it to its counterpart by hand, or keep 'none' if it was dropped")))
                continue
            }
            entries.append(Self.relate(item, counterpart, a: a, b: b, language: common))
        }
        for item in b.items where a.item(item.id) == nil {
            entries.append(Entry(from: nil, to: item.id, kind: .none, note: Self.draft("no item of \(a.id) has the id '\(item.id)'; it looks new in \(b.id)")))
        }
        self.entries = entries
    }

    private static func relate(
        _ item: ItemDefinition, _ counterpart: ItemDefinition, a: EditionDefinition, b: EditionDefinition, language: LanguageTag?
    ) -> Entry {
        guard a.levels == b.levels, sameLevelRules(item.kind, counterpart.kind) else {
            return Entry(
                from: item.id, to: counterpart.id, kind: .rescaled, levelMap: draftMap(a.levels, b.levels),
                note: draft("the levels or how they are found changed; the level map is level for level, clamped to \(b.id)'s levels, and must be checked"))
        }
        guard let language else {
            return Entry(
                from: item.id, to: counterpart.id, kind: .reworded,
                note: draft("same structure; the editions share no language, so the texts were not compared"))
        }
        let textA = a.text(in: language)?.items[item.id]
        let textB = b.text(in: language)?.items[counterpart.id]
        let sameText = textA?.title == textB?.title && textA?.definition == textB?.definition && textA?.levels == textB?.levels
            && textA?.criteria == textB?.criteria
        return Entry(
            from: item.id, to: counterpart.id, kind: sameText ? .identical : .reworded,
            note: draft(sameText ? "same structure and the same \(language.rawValue) text" : "same structure; the \(language.rawValue) text differs"))
    }

    /// Whether the same observations give the same levels: the same thresholds per level, the
    /// same count of criteria per level; notes, rounding details and caps are the reviewer's to judge.
    private static func sameLevelRules(_ a: ItemKind, _ b: ItemKind) -> Bool {
        switch (a, b) {
        case (.rated, .rated): true
        case (.measured(let x), .measured(let y)): x.levels == y.levels
        case (.criteria(let x), .criteria(let y)): x.levelsByCount == y.levelsByCount
        default: false
        }
    }

    /// Level for level, each source level clamped into the target's range.
    private static func draftMap(_ source: ClosedRange<Int>, _ target: ClosedRange<Int>) -> [Int: Int] {
        Dictionary(uniqueKeysWithValues: source.map { ($0, min(max($0, target.lowerBound), target.upperBound)) })
    }

    private static func draft(_ reason: String) -> String { "Draft (scalec relations propose): \(reason)." }

    /// The draft as a relations file (`relations/<from>--<to>.yaml`).
    public var yaml: String {
        var out = "schema: 1\n"
        out += "# Drafted by `scalec relations propose`: every relation is a guess from ids, structure and text.\n"
        out += "# Review each against the sources, add `sources:`, and delete its `review: pending` line.\n"
        out += "from: \(YAMLText.plainOrQuoted(from))\nto: \(YAMLText.plainOrQuoted(to))\nrelations:\n"
        for entry in entries {
            var lines: [String] = []
            if let from = entry.from { lines.append("from: \(YAMLText.plainOrQuoted(from))") }
            if let to = entry.to { lines.append("to: \(YAMLText.plainOrQuoted(to))") }
            lines.append("relation: \(entry.kind.rawValue)")
            if let map = entry.levelMap {
                lines.append("level-map: {" + map.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}")
                lines.append("approximate: true")
            }
            lines.append("note: \(YAMLText.scalar(entry.note))")
            lines.append("review: pending")
            out += "  - " + lines.joined(separator: "\n    ") + "\n"
        }
        return out
    }
}
