extension ChangeList {
    /// Relations added (minor), removed (major), or changed: kind, level map or approximation
    /// (major: compared scores change), note or sources (patch).
    mutating func compareRelations() {
        // A copy, so the closures below do not read `self` while `compareKeyed` mutates it.
        let locator = old.locator
        func key(_ relation: ItemRelation) -> String {
            "\(relation.fromEdition)--\(relation.toEdition)/\(relation.fromItem ?? "-")→\(relation.toItem ?? "-")"
        }
        // Old relations under NEW's item ids, so a relation follows its item's rename.
        let oldRelations = old.scale.relations.map { relation in
            var relation = relation
            relation.fromItem = renamed(relation.fromItem, in: relation.fromEdition)
            relation.toItem = renamed(relation.toItem, in: relation.toEdition)
            return relation
        }
        func place(_ relation: ItemRelation) -> (file: String, keys: [String], path: [String]) {
            let file = locator.relationFile(relation.fromEdition, relation.toEdition)
            let name = relation.fromItem ?? relation.toItem ?? ""
            return (file, ["relations", name], ["relations", "\(relation.fromEdition)--\(relation.toEdition)", name])
        }
        func describe(_ relation: ItemRelation) -> String {
            "\(relation.fromEdition):\(relation.fromItem ?? "–") → \(relation.toEdition):\(relation.toItem ?? "–")"
        }
        compareKeyed(
            old: oldRelations.map { (key($0), $0) }, new: new.scale.relations.map { (key($0), $0) },
            added: { list, _, relation in
                let (file, keys, path) = place(relation)
                list.add(.added, .minor, path: path, file: file, keys: keys, "relation \(describe(relation)) (\(relation.kind.rawValue)) added")
            },
            removed: { list, _, relation in
                let (file, keys, path) = place(relation)
                list.add(.removed, .major, path: path, file: file, keys: keys, "relation \(describe(relation)) removed: those scores no longer compare")
            },
            both: { list, _, before, after in
                let (file, keys, path) = place(after)
                if before.kind != after.kind {
                    list.add(
                        .changed, .major, path: path + ["relation"], file: file, keys: keys + ["relation"],
                        "relation \(describe(after)) changed from \(before.kind.rawValue) to \(after.kind.rawValue)")
                }
                if before.levelMap != after.levelMap {
                    list.add(.changed, .major, path: path + ["level-map"], file: file, keys: keys + ["level-map"], "level map of \(describe(after)) changed")
                }
                if before.approximate != after.approximate {
                    list.add(
                        .changed, .major, path: path + ["approximate"], file: file, keys: keys + ["approximate"],
                        "relation \(describe(after)) is \(after.approximate ? "now" : "no longer") approximate")
                }
                if before.note != after.note || before.sources != after.sources {
                    list.add(.changed, .patch, path: path + ["note"], file: file, keys: keys + ["note"], "note or sources of \(describe(after)) changed")
                }
            })
    }
}
