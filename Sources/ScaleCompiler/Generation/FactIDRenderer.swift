/// Renders the criteria (or the cap and floor conditions) of an edition's items as typed ids,
/// reached by item: `.integrationTeamContact.weeklyMeetings`. One small namespace struct per
/// item that has any, so the code grows linearly with the scale.
struct FactIDRenderer {
    /// `Criterion` or `Condition`.
    let typeName: String
    let edition: String
    /// Items with their ids, in scale order (items without any are left out).
    let items: [(item: String, ids: [String])]
    let summary: String

    func render(into w: inout CodeWriter) {
        w.doc(summary)
        w.block("nonisolated public struct \(typeName): ScaleFactID {") { w in
            w.line("/// The edition this belongs to.")
            w.line("public typealias Edition = \(edition)")
            w.line()
            w.line("/// The item it belongs to.")
            w.line("public let item: Item")
            w.line("/// Its id within the item, as the scale writes it.")
            w.line("public let id: String")
            w.line()
            w.line("private init(unchecked item: Item, id: String) {")
            w.line("    self.item = item")
            w.line("    self.id = id")
            w.line("}")
            w.line()
            w.line("/// The \(typeName == "Criterion" ? "criterion" : "condition") of `item` with this id; nil when the item has none of that id.")
            w.block("public init?(item: Item, id: String) {") { w in
                let check = typeName == "Criterion" ? "hasCriterion" : "hasCondition"
                w.line("guard item.definition?.\(check)(id) == true else { return nil }")
                w.line("self.init(unchecked: item, id: id)")
            }
            for entry in items {
                // Suffixed, so no item id can name a namespace `Item` or `Edition`.
                let namespace = SwiftName.upperCamel(entry.item) + (typeName == "Criterion" ? "Criteria" : "Conditions")
                w.line()
                w.line("/// The \(typeName == "Criterion" ? "criteria" : "conditions") of `\(entry.item)`.")
                w.line("public static let \(SwiftName.lowerCamel(entry.item)) = \(namespace)()")
                w.line()
                w.line("/// The \(typeName == "Criterion" ? "criteria" : "conditions") of `\(entry.item)`, one property each.")
                w.block("public struct \(namespace): Sendable {") { w in
                    for id in entry.ids {
                        w.line("/// `\(id)`.")
                        w.line("public var \(SwiftName.lowerCamel(id)): \(typeName) { \(typeName)(unchecked: .\(SwiftName.lowerCamel(entry.item)), id: \(SwiftLiteral.string(id))) }")
                    }
                }
            }
        }
    }
}
