import ScaleCompiler

/// How reports name items: the number as the edition prints it (with the section where numbers
/// restart per section) and the title in the chosen language, marking a fallback language.
struct ItemLabels {
    let edition: EditionDefinition
    let language: LanguageTag
    /// Numbers unique across the edition (fi-2026: 1–25) need no section to be read.
    private let continuous: Bool

    init(_ edition: EditionDefinition, in language: LanguageTag) {
        self.edition = edition
        self.language = language
        continuous = Set(edition.items.map(\.number)).count == edition.items.count
    }

    /// `Organisasjon 3.` or `6.`
    func number(_ id: String) -> String {
        guard let item = edition.item(id) else { return "" }
        if continuous { return "\(item.number)." }
        let section = edition.sectionTitle(item.sectionID, in: language)?.value ?? item.sectionID
        return "\(section) \(item.number)."
    }

    /// The title, with `[sv-FI]` when another language had to serve it.
    func title(_ id: String) -> String {
        guard let lookup = edition.itemTitle(id, in: language) else { return id }
        return lookup.value + (lookup.reason == .requested ? "" : " [\(lookup.served)]")
    }

    /// `Organisasjon 3. Samarbeid … [vr-collaboration]` without the id: `number title`.
    func label(_ id: String) -> String { "\(number(id)) \(title(id))" }
}
