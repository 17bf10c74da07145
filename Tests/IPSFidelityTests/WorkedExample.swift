import Testing
import IPSFidelity

/// A worked example from a source handbook: the facts it gives and the level it states.
struct WorkedExample: Sendable, CustomTestStringConvertible {
    /// `file:line` in `shared/seeds` (003 = nb handbook, 001 = sv manual).
    var source: String
    var item: IPSFidelity2008.Item
    var facts: ItemFacts
    /// The level the edition's written rule gives.
    var level: Int?
    /// The level the source's example states, when it contradicts the rule (the rule is kept).
    var sourceSays: Int?
    /// Why the example and the rule disagree.
    var contradiction: String?

    init(
        _ source: String, _ item: IPSFidelity2008.Item, _ facts: ItemFacts, level: Int?, sourceSays: Int? = nil,
        contradiction: String? = nil
    ) {
        self.source = source
        self.item = item
        self.facts = facts
        self.level = level
        self.sourceSays = sourceSays
        self.contradiction = contradiction
    }

    var testDescription: String { "\(source) \(item.rawValue)" }

    /// Scores the facts under the edition's rules and expects the rule's level; a contradiction
    /// with the source is recorded, not hidden (the source's level must really differ).
    func check() throws {
        let finding = try IPSFidelity2008.definition.level(for: item.rawValue, from: facts)
        #expect(finding.level == level, "\(finding.explanationText.joined(separator: "; "))")
        #expect(!finding.explanation.isEmpty)
        if let sourceSays = sourceSays {
            // A contradiction is recorded, not hidden: the source's level really differs.
            #expect(sourceSays != level, "\(contradiction ?? "")")
            #expect(contradiction != nil)
        }
    }
}

