/// A review sheet before it is HTML: every entry of the left edition paired with its counterpart
/// on the right, grouped as the scale is (scale title, sections with their items, bands, data
/// sources), then what only the right edition has.
struct ReviewPage {
    struct Item {
        /// The item's id on the left, nil when only the right edition has it.
        var leftID: String?
        /// Its counterpart's id on the right, nil when there is none.
        var rightID: String?
        var equivalence: Equivalence?
        var rows: [ReviewRow]

        /// The id the page knows the item by: the left one where there is one.
        var id: String { leftID ?? rightID ?? "" }
    }

    struct Section {
        var id: String
        var row: ReviewRow
        var items: [Item]
    }

    /// What only the right edition has: entries and items nothing on the left leads to.
    struct Remainder {
        var rows: [ReviewRow] = []
        var items: [Item] = []
        var isEmpty: Bool { rows.isEmpty && items.isEmpty }
    }

    let left: ReviewColumn
    let right: ReviewColumn
    let chrome: PageChrome
    /// Same primary language (sv and sv-FI): own texts are compared word by word.
    let close: Bool
    var scaleRows: [ReviewRow] = []
    var sections: [Section] = []
    var bands: [ReviewRow] = []
    var dataSources: [ReviewRow] = []
    var onlyRight = Remainder()

    /// Every row, in page order.
    var rows: [ReviewRow] {
        scaleRows + sections.flatMap { [$0.row] + $0.items.flatMap(\.rows) } + bands + dataSources + onlyRight.rows
            + onlyRight.items.flatMap(\.rows)
    }

    init(scale: ScaleDefinition, left: ReviewColumn, right: ReviewColumn, chrome: PageChrome) {
        self.left = left
        self.right = right
        self.chrome = chrome
        close = PageChrome.primary(left.language) == PageChrome.primary(right.language)
        var reached = Reached()
        addSections(scale, &reached)
        let rightOthers = Self.otherEntries(of: right.edition)
        let rightKeys = Set(rightOthers.map(\.key))
        for (key, part) in Self.otherEntries(of: left.edition) where !key.hasPrefix("sections.") {
            let rightKey = rightKeys.contains(key) ? key : nil
            if let rightKey { reached.keys.insert(rightKey) }
            append(row(label(key), key, rightKey, part), for: key)
        }
        for (key, part) in rightOthers where !reached.keys.contains(key) {
            onlyRight.rows.append(row(label(key), nil, key, part))
        }
        for item in right.edition.items where !reached.items.contains(item.id) {
            onlyRight.items.append(Item(leftID: nil, rightID: item.id, equivalence: nil, rows: itemRows(nil, item.id)))
        }
    }

    /// What on the right some left entry or item leads to.
    private struct Reached {
        var items: Set<String> = []
        var keys: Set<String> = []
    }

    /// Each left section with its items, paired with the right section of the same id, or else
    /// the one holding its first item's counterpart.
    private mutating func addSections(_ scale: ScaleDefinition, _ reached: inout Reached) {
        let sameEdition = left.edition.id == right.edition.id
        for section in left.edition.sections {
            var items: [Item] = []
            for item in section.items {
                let equivalence = sameEdition ? nil : scale.equivalence(of: item.id, in: left.edition.id, to: right.edition.id)
                let counterpart = sameEdition ? item.id : equivalence?.toItem
                if let counterpart { reached.items.insert(counterpart) }
                items.append(
                    Item(leftID: item.id, rightID: counterpart, equivalence: equivalence, rows: itemRows(item.id, counterpart)))
            }
            let firstCounterpart = items.lazy.compactMap(\.rightID).first
            let rightSection =
                right.edition.sections.first { $0.id == section.id }
                ?? right.edition.sections.first { $0.items.contains { $0.id == firstCounterpart } }
            let rightKey = rightSection.map { "sections.\($0.id)" }
            if let rightKey { reached.keys.insert(rightKey) }
            let row = row(chrome.section, "sections.\(section.id)", rightKey, .sections)
            sections.append(Section(id: section.id, row: row, items: items))
        }
    }

    /// The entries of an edition that are not item entries, in structure order.
    private static func otherEntries(of edition: EditionDefinition) -> [(key: String, part: TextPart)] {
        TextEntries.entries(of: nil, in: edition).filter { !$0.key.hasPrefix("items.") }.map { ($0.key, $0.part) }
    }

    private mutating func append(_ row: ReviewRow, for key: String) {
        if key == "title" {
            scaleRows.append(row)
        } else if key.hasPrefix("bands.") {
            bands.append(row)
        } else {
            dataSources.append(row)
        }
    }

    /// The rows of an item and its counterpart, paired by entry (`title`, `levels.3`, …).
    private func itemRows(_ leftID: String?, _ rightID: String?) -> [ReviewRow] {
        let leftEntries = leftID.map { ItemEntries.of($0, in: left.edition) } ?? []
        let rightEntries = rightID.map { ItemEntries.of($0, in: right.edition) } ?? []
        let rightSuffixes = Set(rightEntries.map(\.suffix))
        let leftSuffixes = Set(leftEntries.map(\.suffix))
        var rows: [ReviewRow] = []
        for entry in leftEntries {
            let rightKey = rightID.flatMap { rightSuffixes.contains(entry.suffix) ? "items.\($0).\(entry.suffix)" : nil }
            rows.append(row(entry.label(chrome), leftID.map { "items.\($0).\(entry.suffix)" }, rightKey, entry.part))
        }
        for entry in rightEntries where !leftSuffixes.contains(entry.suffix) {
            rows.append(row(entry.label(chrome), nil, rightID.map { "items.\($0).\(entry.suffix)" }, entry.part))
        }
        return rows
    }

    private func row(_ label: String, _ leftKey: String?, _ rightKey: String?, _ part: TextPart) -> ReviewRow {
        let leftCell = leftKey.map { left.cell($0, part) } ?? .none
        var rightCell = rightKey.map { right.cell($0, part) } ?? .none
        if close, case .own = rightCell.state { rightCell.comparedWith = leftCell.ownText }
        return ReviewRow(label: label, leftKey: leftKey, rightKey: rightKey, left: leftCell, right: rightCell)
    }

    private func label(_ key: String) -> String {
        if key == "title" { return chrome.scaleTitle }
        if key.hasPrefix("sections.") { return chrome.section }
        if key.hasPrefix("bands.") { return chrome.band }
        return chrome.dataSource
    }
}
