/// Renders the scale's item relations as static data, and typed lookups per edition.
struct RelationRenderer {
    let relations: [ItemRelation]

    private func string(_ text: String) -> String { SwiftLiteral.string(text) }
    private func optional(_ text: String?) -> String { text.map(string) ?? "nil" }

    func render(into w: inout CodeWriter) {
        w.line()
        w.line("/// Every declared relation between items of different editions.")
        w.line("public static let relations: [ItemRelation] = [")
        for relation in relations {
            w.line("    ItemRelation(")
            w.line("        fromEdition: \(string(relation.fromEdition)), fromItem: \(optional(relation.fromItem)),")
            w.line("        toEdition: \(string(relation.toEdition)), toItem: \(optional(relation.toItem)),")
            let map = relation.levelMap.map { map in
                "[" + map.keys.sorted().map { "\($0): \(map[$0] ?? 0)" }.joined(separator: ", ") + "]"
            } ?? "nil"
            w.line("        kind: .\(relation.kind.rawValue), levelMap: \(map), approximate: \(relation.approximate),")
            w.line("        note: \(string(relation.note)),")
            w.line("        sources: [\(relation.sources.map(string).joined(separator: ", "))]),")
        }
        w.line("]")
    }

    /// `IPSFidelity2008.Item.caseloadSize.equivalent(in: IPSFidelityFi2026.Item.self)`.
    static func renderLookup(for edition: EditionDefinition, names: GeneratedNames, into w: inout CodeWriter) {
        let name = names.edition(edition.id)
        w.block("nonisolated extension \(name).Item {") { w in
            w.line("/// What this item is in another edition of the scale: the counterpart, the relation and")
            w.line("/// how levels map, following relations through intermediate editions.")
            w.block("public func equivalent<Target: ScaleItem>(in target: Target.Type) -> TypedEquivalence<Target>? {") { w in
                w.line("\(names.scale).definition.equivalence(of: self, to: target)")
            }
        }
    }
}
