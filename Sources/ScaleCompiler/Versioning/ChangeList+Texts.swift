extension ChangeList {
    /// Languages added (minor: a new `Language` case) or removed (major), and every text entry
    /// added, removed or changed (patch: scores mean what they meant).
    mutating func compareTexts(_ before: EditionDefinition, _ after: EditionDefinition, base: [String]) {
        let renames = self.renames[after.id] ?? ItemRenames(before, after)
        let edition = after.id
        compareKeyed(
            old: before.texts.map { ($0.language.rawValue, $0) }, new: after.texts.map { ($0.language.rawValue, $0) },
            added: { list, language, _ in
                list.add(
                    .added, .minor, path: base + ["languages", language], file: "\(edition)/text.\(language).yaml", keys: [],
                    "language '\(language)' added")
            },
            removed: { list, language, _ in
                list.add(
                    .removed, .major, path: base + ["languages", language], file: "\(edition)/text.\(language).yaml", keys: [],
                    "language '\(language)' removed: its generated Language case is gone")
            },
            both: { list, language, old, new in
                let file = "\(edition)/text.\(language).yaml"
                let path = base + ["languages", language]
                list.compareKeyed(
                    old: TextFlattening.entries(old, renaming: { renames.newID(for: $0) ?? $0 }), new: TextFlattening.entries(new),
                    added: { list, key, _ in
                        list.add(.added, .patch, path: path + [key], file: file, keys: key.split(separator: "/").map(String.init), "text \(key) added")
                    },
                    removed: { list, key, _ in
                        list.add(.removed, .patch, path: path + [key], file: file, keys: key.split(separator: "/").map(String.init), "text \(key) removed")
                    },
                    both: { list, key, old, new in
                        guard old != new else { return }
                        list.add(
                            .changed, .patch, path: path + [key], file: file, keys: key.split(separator: "/").map(String.init),
                            "text \(key) changed: \(excerpts(old, new))")
                    })
            })
        if before.fallbacks != after.fallbacks {
            add(.changed, .patch, path: base + ["fallbacks"], file: "scale.yaml", keys: ["fallbacks"], "language fallbacks changed")
        }
    }
}

/// The two texts around where they first differ, each on one printable line and at most
/// `limit` characters: «…porteføljen» → «…portefølje».
func excerpts(_ old: String, _ new: String, limit: Int = 60) -> String {
    let a = Array(PrintableText.escaped(old))
    let b = Array(PrintableText.escaped(new))
    var common = 0
    while common < min(a.count, b.count), a[common] == b[common] { common += 1 }
    let start = max(0, common - 20)
    func cut(_ text: [Character]) -> String {
        let end = min(text.count, start + limit)
        return "«" + (start > 0 ? "…" : "") + String(text[start..<end]) + (end < text.count ? "…" : "") + "»"
    }
    return cut(a) + " → " + cut(b)
}
