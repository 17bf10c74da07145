/// What changed between two versions of a scale, and what that breaks: every change of the
/// compiled model (not of the YAML text: a moved key or a reflowed comment is no change),
/// classified as a major, minor or patch bump, and the generated API's added and removed symbols.
/// The rules are in the Versioning article of the `scalec` documentation.
public struct ScaleDiff: Sendable {
    /// Every change, in the order found: scale, editions (structure, then texts), relations.
    public var changes: [ScaleChange]
    /// Symbols of the generated module that NEW has and OLD lacks, sorted.
    public var addedSymbols: [String]
    /// Symbols OLD has and NEW lacks, sorted: code using them no longer compiles.
    public var removedSymbols: [String]

    /// The highest bump of any change; `none` when nothing changed.
    public var bump: VersionBump { changes.map(\.bump).max() ?? .none }

    /// Compares two compiled versions of a scale.
    public static func compare(_ old: ScaleVersion, _ new: ScaleVersion) -> ScaleDiff {
        var list = ChangeList(old: old, new: new)
        list.compareScale()
        list.compareKeyed(
            old: old.scale.editions.map { ($0.id, $0) }, new: new.scale.editions.map { ($0.id, $0) },
            added: { list, id, _ in
                list.add(.added, .minor, path: ["editions", id], file: "scale.yaml", keys: ["editions", id], "edition '\(id)' added")
            },
            removed: { list, id, _ in
                list.add(
                    .removed, .major, path: ["editions", id], file: "scale.yaml", keys: ["editions", id],
                    "edition '\(id)' removed: its scores and generated types are gone")
            },
            both: { list, _, before, after in list.compareEdition(before, after) })
        list.compareRelations()
        let oldSymbols = GeneratedSymbols.of(old.scale, swiftName: old.swiftName)
        let newSymbols = GeneratedSymbols.of(new.scale, swiftName: new.swiftName)
        return ScaleDiff(
            changes: list.changes, addedSymbols: newSymbols.subtracting(oldSymbols).sorted(),
            removedSymbols: oldSymbols.subtracting(newSymbols).sorted())
    }
}

extension ChangeList {
    mutating func compareScale() {
        let before = old.scale
        let after = new.scale
        if before.id != after.id {
            add(.renamed, .major, path: ["id"], file: "scale.yaml", keys: ["id"], "scale id renamed from '\(before.id)' to '\(after.id)'")
        }
        let oldPrefix = GeneratedNames(prefix: old.swiftName, scaleID: before.id).prefix
        let newPrefix = GeneratedNames(prefix: new.swiftName, scaleID: after.id).prefix
        if oldPrefix != newPrefix {
            add(
                .renamed, .major, path: ["swift-name"], file: "scale.yaml", keys: ["swift-name"],
                "generated names renamed from \(oldPrefix)… to \(newPrefix)…")
        }
    }
}
