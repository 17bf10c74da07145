/// The changes found so far, each located in the file of the side it is about: NEW for an
/// addition or change, OLD for a removal.
struct ChangeList {
    let old: ScaleVersion
    let new: ScaleVersion
    private(set) var changes: [ScaleChange] = []
    /// The items renamed in each edition both versions have, by edition id.
    let renames: [String: ItemRenames]

    init(old: ScaleVersion, new: ScaleVersion) {
        self.old = old
        self.new = new
        var renames: [String: ItemRenames] = [:]
        for edition in new.scale.editions {
            if let before = old.scale.edition(edition.id) { renames[edition.id] = ItemRenames(before, edition) }
        }
        self.renames = renames
    }

    /// An item id of OLD as NEW calls it.
    func renamed(_ item: String?, in edition: String) -> String? {
        item.map { renames[edition]?.newID(for: $0) ?? $0 }
    }

    /// - Parameter path: the model path (`editions/2008/items/caseload-size`).
    /// - Parameter file: the file the part is written in, relative to the scale folder.
    /// - Parameter keys: the keys to it inside that file (see ``SourceLocator``).
    mutating func add(
        _ kind: ScaleChange.Kind, _ bump: VersionBump, path: [String], file: String, keys: [String], _ summary: String
    ) {
        let locator = kind == .removed ? old.locator : new.locator
        changes.append(
            ScaleChange(
                path: path.joined(separator: "/"), kind: kind, bump: bump, location: locator.locate(file, keys), summary: summary))
    }

    /// Compares two keyed collections: an addition, a removal, or `compare` for what both have.
    mutating func compareKeyed<Value>(
        old: [(key: String, value: Value)], new: [(key: String, value: Value)],
        added: (inout ChangeList, String, Value) -> Void, removed: (inout ChangeList, String, Value) -> Void,
        both: (inout ChangeList, String, Value, Value) -> Void
    ) {
        let oldByKey = Dictionary(old.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(new.map(\.key))
        for (key, value) in old where !newKeys.contains(key) { removed(&self, key, value) }
        for (key, value) in new {
            if let previous = oldByKey[key] { both(&self, key, previous, value) } else { added(&self, key, value) }
        }
    }
}
