/// Checks one relation file against the two editions it relates and builds its relations.
struct RelationValidator {
    let syntax: RelationFileSyntax
    /// The editions named by the file name, which the file's `from` and `to` must match.
    let fileFrom: String
    let fileTo: String
    let editions: [EditionDefinition]
    /// Editions listed in scale.yaml, including those whose files had errors (already reported).
    let listed: Set<String>
    var diagnostics: [Diagnostic] = []
    /// Where each built relation was declared, by index in the result.
    private(set) var locations: [SourceLocation] = []

    init(
        syntax: RelationFileSyntax, fileFrom: String, fileTo: String, editions: [EditionDefinition], listed: Set<String>
    ) {
        self.syntax = syntax
        self.fileFrom = fileFrom
        self.fileTo = fileTo
        self.editions = editions
        self.listed = listed
    }

    /// Items a misspelling was matched to: the misspelling is the one error, so they are not
    /// reported again as uncovered.
    private var suggested: Set<String> = []
    private var suggestions = SuggestionBudget()

    mutating func run() -> [ItemRelation] {
        var mismatch = false
        for (declared, expected) in [(syntax.from, fileFrom), (syntax.to, fileTo)] where declared.value != expected {
            mismatch = true
            diagnostics.append(
                .error(
                    .editionMismatch, "the file name relates '\(fileFrom)' to '\(fileTo)' but the file says '\(declared.value)'",
                    at: declared.location,
                    fixIts: [.init(at: declared.location, length: declared.value.utf8.count, replacement: "\"\(expected)\"")]))
        }
        // Entries read against the wrong editions would only repeat the mismatch.
        let from = edition(syntax.from)
        let to = edition(syntax.to)
        guard !mismatch, let from, let to else { return [] }
        var seenFrom: [String: SourceLocation] = [:]
        var seenTo: [String: SourceLocation] = [:]
        var relations: [ItemRelation] = []
        for entry in syntax.entries {
            guard let relation = relation(entry, from: from, to: to, seenFrom: &seenFrom, seenTo: &seenTo) else { continue }
            relations.append(relation)
            locations.append(entry.location)
        }
        coverage(from, seen: seenFrom, side: "from")
        coverage(to, seen: seenTo, side: "to")
        return relations
    }

    private mutating func edition(_ id: Located<String>) -> EditionDefinition? {
        if let edition = editions.first(where: { $0.id == id.value }) { return edition }
        guard !listed.contains(id.value) else { return nil }
        diagnostics.append(
            .error(
                .unknownReference,
                "the scale has no edition '\(id.value)'" + Suggestions.didYouMean(id.value, in: editions.map(\.id)),
                at: id.location))
        return nil
    }

    /// One entry checked: items exist, each side used once, the level map fits the relation.
    private mutating func relation(
        _ entry: RelationFileSyntax.Entry, from: EditionDefinition, to: EditionDefinition,
        seenFrom: inout [String: SourceLocation], seenTo: inout [String: SourceLocation]
    ) -> ItemRelation? {
        var valid = true
        for (item, edition, side) in [(entry.from, from, "from"), (entry.to, to, "to")] {
            guard let item else { continue }
            if edition.item(item.value) == nil {
                let known = edition.items.map(\.id)
                let suggestion = suggestions.closest(to: item.value, in: known)
                if let suggestion { suggested.insert("\(edition.id)/\(suggestion)") }
                diagnostics.append(
                    .error(
                        .unknownReference,
                        "edition '\(edition.id)' has no item '\(item.value)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                        at: item.location,
                        fixIts: suggestion.map {
                            [.init(at: item.location, length: item.value.utf8.count, replacement: $0)]
                        } ?? []))
                valid = false
                continue
            }
            let firstUse = side == "from" ? seenFrom[item.value] : seenTo[item.value]
            if let first = firstUse {
                diagnostics.append(
                    .error(
                        .duplicateID, "'\(item.value)' of \(edition.id) is related twice; an item has one relation per edition pair",
                        at: item.location, notes: [.init("first related here", at: first)]))
                valid = false
            } else if side == "from" {
                seenFrom[item.value] = item.location
            } else {
                seenTo[item.value] = item.location
            }
        }
        valid = checkShape(entry, from: from, to: to) && valid
        guard valid else { return nil }
        var levelMap: [Int: Int]?
        if let pairs = entry.levelMap { levelMap = Dictionary(pairs.map { ($0.from.value, $0.to.value) }) { first, _ in first } }
        return ItemRelation(
            fromEdition: from.id, fromItem: entry.from?.value, toEdition: to.id, toItem: entry.to?.value,
            kind: entry.kind.value, levelMap: levelMap, approximate: entry.approximate?.value ?? false,
            note: entry.note?.value ?? "", sources: entry.sources.map(\.value))
    }

    /// Which keys each relation kind takes, and the level map's totality.
    private mutating func checkShape(_ entry: RelationFileSyntax.Entry, from: EditionDefinition, to: EditionDefinition) -> Bool {
        let kind = entry.kind.value
        func invalid(_ message: String, at location: SourceLocation? = nil) -> Bool {
            diagnostics.append(.error(.invalidRelation, message, at: location ?? entry.kind.location))
            return false
        }
        if kind == .none {
            if entry.from != nil, entry.to != nil {
                return invalid("a 'none' relation names the item of one side only ('from' or 'to')")
            }
            if entry.from == nil, entry.to == nil { return invalid("a relation names 'from', 'to' or both") }
            if let location = entry.levelMapLocation { return invalid("a 'none' relation has no level map", at: location) }
            return true
        }
        guard entry.from != nil, entry.to != nil else {
            return invalid("'\(kind.rawValue)' relates two items: give both 'from' and 'to'")
        }
        switch kind {
        case .identical, .reworded:
            if let location = entry.levelMapLocation {
                return invalid("'\(kind.rawValue)' keeps the levels, so it takes no level map; use 'rescaled'", at: location)
            }
            if let approximate = entry.approximate, approximate.value {
                return invalid("'\(kind.rawValue)' is never approximate", at: approximate.location)
            }
        case .rescaled:
            guard entry.levelMap != nil else { return invalid("'rescaled' needs a 'level-map' from the levels of \(from.id) to those of \(to.id)") }
        case .adapted:
            if entry.levelMap != nil, entry.approximate?.value != true {
                return invalid(
                    "an 'adapted' item's level map is a judgement: mark it 'approximate: true', or drop it to keep the items not comparable",
                    at: entry.levelMapLocation)
            }
        case .none:
            break
        }
        guard let pairs = entry.levelMap, let location = entry.levelMapLocation else { return true }
        var total = true
        for pair in pairs {
            for (level, edition) in [(pair.from, from), (pair.to, to)] where !edition.levels.contains(level.value) {
                diagnostics.append(
                    .error(
                        .levelOutOfRange,
                        "level \(level.value) is not a level of \(edition.id) (\(edition.levels.lowerBound)–\(edition.levels.upperBound))",
                        at: level.location))
                total = false
            }
        }
        let missing = from.levels.filter { level in !pairs.contains { $0.from.value == level } }
        if !missing.isEmpty {
            diagnostics.append(
                .error(
                    .levelMapNotTotal,
                    "the level map must give every level of \(from.id) a level of \(to.id); missing: \(missing.map(String.init).joined(separator: ", "))",
                    at: location))
            total = false
        }
        return total
    }

    /// Every item of an edition must appear on its side, if only as `none`.
    private mutating func coverage(_ edition: EditionDefinition, seen: [String: SourceLocation], side: String) {
        let uncovered = edition.items.map(\.id).filter { seen[$0] == nil && !suggested.contains("\(edition.id)/\($0)") }
        guard !uncovered.isEmpty else { return }
        diagnostics.append(
            .error(
                .relationNotTotal,
                "\(uncovered.count == 1 ? "item" : "items") of \(edition.id) without a relation: \(uncovered.joined(separator: ", ")); relate each, or declare `- {\(side): <item>, relation: none, note: …}`",
                at: syntax.relationsLocation))
    }
}
