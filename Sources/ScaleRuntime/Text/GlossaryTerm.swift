/// A term an item's scoring depends on, as the handbook's glossary defines it (the nb handbook's
/// «Ordliste», 003:9159–9445: «Minstelønn» for competitive jobs, «Ordinært arbeid», …).
public struct GlossaryTerm: Sendable, Hashable {
    /// A stable slug (`minimum-wage`), the same in every language.
    public var id: String
    /// The term in this language (`Minstelønn`).
    public var term: String
    /// The definition, verbatim.
    public var definition: String
    /// The items whose scoring uses the term.
    public var items: [String]

    /// A term with its definition and the items that use it.
    public init(id: String, term: String, definition: String, items: [String]) {
        self.id = id
        self.term = term
        self.definition = definition
        self.items = items
    }
}
