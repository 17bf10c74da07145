/// The entries of one item, as key suffixes after `items.<id>.` (`title`, `levels.3`,
/// `criteria.<id>`, `note`), so that an item and its counterpart in another edition pair up.
struct ItemEntries {
    var suffix: String
    var part: TextPart

    /// The item's entries in structure order; `note` where any language of the edition has one.
    static func of(_ itemID: String, in edition: EditionDefinition) -> [ItemEntries] {
        let prefix = "items.\(itemID)."
        var result = TextEntries.entries(of: nil, in: edition).filter { $0.key.hasPrefix(prefix) }.map {
            ItemEntries(suffix: String($0.key.dropFirst(prefix.count)), part: $0.part)
        }
        if edition.texts.contains(where: { $0.items[itemID]?.note != nil }) {
            result.append(ItemEntries(suffix: "note", part: .definitions))
        }
        return result
    }

    /// The row label in the chrome's language.
    func label(_ chrome: PageChrome) -> String {
        if suffix == "title" { return chrome.title }
        if suffix == "definition" { return chrome.definition }
        if suffix == "note" { return chrome.note }
        if suffix.hasPrefix("levels.") { return PageChrome.fill(chrome.level, ["level": String(suffix.dropFirst(7))]) }
        return chrome.criterion
    }
}
