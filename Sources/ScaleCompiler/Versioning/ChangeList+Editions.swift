extension ChangeList {
    mutating func compareEdition(_ before: EditionDefinition, _ after: EditionDefinition) {
        let id = after.id
        let file = "\(id)/structure.yaml"
        let base = ["editions", id]
        if before.sourceLanguage != after.sourceLanguage {
            add(
                .changed, .major, path: base + ["source-language"], file: "scale.yaml", keys: ["editions", id, "source-language"],
                "source language changed from \(before.sourceLanguage.rawValue) to \(after.sourceLanguage.rawValue): translations are checked against another text")
        }
        if before.levels != after.levels {
            add(
                .changed, .major, path: base + ["levels"], file: file, keys: ["levels"],
                "levels changed from \(before.levels.lowerBound)–\(before.levels.upperBound) to \(after.levels.lowerBound)–\(after.levels.upperBound)")
        }
        if before.missingData != after.missingData {
            add(.changed, .major, path: base + ["missing-data"], file: file, keys: ["missing-data"], "missing-data policy changed: missing items score differently")
        }
        if before.dataSources != after.dataSources {
            add(.changed, .patch, path: base + ["data-sources"], file: file, keys: ["data-sources"], "data-source codes changed")
        }
        compareBands(before, after, base: base, file: file)
        compareKeyed(
            old: before.sections.map { ($0.id, $0) }, new: after.sections.map { ($0.id, $0) },
            added: { list, section, _ in
                list.add(.added, .minor, path: base + ["sections", section], file: file, keys: ["sections", section], "section '\(section)' added")
            },
            removed: { list, section, _ in
                list.add(
                    .removed, .major, path: base + ["sections", section], file: file, keys: ["sections", section],
                    "section '\(section)' removed: its subtotal is gone")
            },
            both: { _, _, _, _ in })
        compareItems(before, after, base: base, file: file)
        compareTexts(before, after, base: base)
    }

    private mutating func compareBands(_ before: EditionDefinition, _ after: EditionDefinition, base: [String], file: String) {
        compareKeyed(
            old: before.bands.map { ($0.id, $0) }, new: after.bands.map { ($0.id, $0) },
            added: { list, band, _ in
                list.add(.added, .major, path: base + ["bands", band], file: file, keys: ["bands", band], "band '\(band)' added: totals fall in other bands")
            },
            removed: { list, band, _ in
                list.add(.removed, .major, path: base + ["bands", band], file: file, keys: ["bands", band], "band '\(band)' removed")
            },
            both: { list, band, old, new in
                guard old.range != new.range else { return }
                list.add(
                    .changed, .major, path: base + ["bands", band], file: file, keys: ["bands", band],
                    "band '\(band)' changed from \(old.range.lowerBound)–\(old.range.upperBound) to \(new.range.lowerBound)–\(new.range.upperBound)")
            })
    }

    private mutating func compareItems(_ before: EditionDefinition, _ after: EditionDefinition, base: [String], file: String) {
        let renames = self.renames[after.id] ?? ItemRenames(before, after)
        compareKeyed(
            old: before.items.map { ($0.id, $0) }, new: after.items.map { ($0.id, $0) },
            added: { list, id, item in
                guard renames.oldID(for: id) == nil else { return }
                list.add(
                    .added, .minor, path: base + ["items", id], file: file, keys: ["sections", item.sectionID, "items", id],
                    "item '\(id)' added")
            },
            removed: { list, id, item in
                if let newID = renames.newID(for: id), let renamed = after.item(newID) {
                    list.add(
                        .renamed, .major, path: base + ["items", newID], file: file, keys: ["sections", renamed.sectionID, "items", newID],
                        "item '\(id)' renamed to '\(newID)': stored scores and code name the old id")
                    list.compareItem(item, renamed, base: base, file: file)
                } else {
                    list.add(
                        .removed, .major, path: base + ["items", id], file: file, keys: ["sections", item.sectionID, "items", id],
                        "item '\(id)' removed: its scores no longer count")
                }
            },
            both: { list, _, old, new in list.compareItem(old, new, base: base, file: file) })
    }

    private mutating func compareItem(_ before: ItemDefinition, _ after: ItemDefinition, base: [String], file: String) {
        let path = base + ["items", after.id]
        let keys = ["sections", after.sectionID, "items", after.id]
        func change(_ bump: VersionBump, _ key: String, _ summary: String) {
            add(.changed, bump, path: path + [key], file: file, keys: keys + [key], "item '\(after.id)': " + summary)
        }
        if before.sectionID != after.sectionID {
            change(.major, "section", "moved from section '\(before.sectionID)' to '\(after.sectionID)': subtotals change")
        }
        if before.number != after.number { change(.patch, "number", "printed number changed from \(before.number) to \(after.number)") }
        switch (before.kind, after.kind) {
        case (.rated, .rated): break
        case (.measured(let old), .measured(let new)):
            var thresholds = old
            thresholds.levels = new.levels
            for level in Set(old.levels.map(\.level) + new.levels.map(\.level)).sorted()
            where old.levels.first(where: { $0.level == level }) != new.levels.first(where: { $0.level == level }) {
                add(
                    .changed, .major, path: path + ["measure", "levels", String(level)], file: file,
                    keys: keys + ["measure", "levels", String(level)],
                    "item '\(after.id)': the values that give level \(level) changed: the same facts give another level")
            }
            if thresholds != new { change(.major, "measure", "how the measure is computed changed (rounding, aggregation, gaps, routes)") }
        case (.criteria(let old), .criteria(let new)):
            for criterion in old.criteria where !new.criteria.contains(criterion) {
                change(.major, "criteria", "criterion '\(criterion)' removed")
            }
            for criterion in new.criteria where !old.criteria.contains(criterion) {
                change(.major, "criteria", "criterion '\(criterion)' added: the count of criteria met maps to levels differently")
            }
            if old.levelsByCount != new.levelsByCount { change(.major, "levels-by-count", "levels by count of criteria changed") }
        default:
            change(.major, "kind", "kind changed from \(before.kind.name) to \(after.kind.name)")
        }
        if before.caps != after.caps { change(.major, "caps", "caps or floors changed: the same conditions allow other levels") }
        if before.combination != after.combination {
            change(.major, "combine", "how per-specialist levels combine changed")
        }
        if before.dataSources != after.dataSources { change(.patch, "data-sources", "data sources changed") }
    }
}

/// Items that were renamed: an id only OLD has and an id only NEW has, in the same section with
/// the same kind and the same source-language title (or the same scoring definition).
struct ItemRenames {
    private var newByOld: [String: String] = [:]
    private var oldByNew: [String: String] = [:]

    init(_ before: EditionDefinition, _ after: EditionDefinition) {
        let removed = before.items.filter { after.item($0.id) == nil }
        var added = after.items.filter { before.item($0.id) == nil }
        let oldTitles = before.text(in: before.sourceLanguage)?.items
        let newTitles = after.text(in: after.sourceLanguage)?.items
        for item in removed {
            let title = oldTitles?[item.id]?.title
            guard
                let match = added.firstIndex(where: { candidate in
                    candidate.sectionID == item.sectionID && candidate.kind == item.kind
                        && (title != nil && newTitles?[candidate.id]?.title == title || candidate.caps == item.caps && candidate.kind != .rated)
                })
            else { continue }
            newByOld[item.id] = added[match].id
            oldByNew[added[match].id] = item.id
            added.remove(at: match)
        }
    }

    func newID(for old: String) -> String? { newByOld[old] }
    func oldID(for new: String) -> String? { oldByNew[new] }
}
