/// One language's text of an edition as flat key paths → text, keyed as the text file writes
/// them (`items/caseload-size/levels/3`), so two versions compare entry by entry.
enum TextFlattening {
    static func entries(_ text: EditionText, renaming items: (String) -> String = { $0 }) -> [(key: String, value: String)] {
        var out: [(key: String, value: String)] = []
        func add(_ key: String, _ value: String?) { if let value { out.append((key, value)) } }
        func list(_ key: String, _ values: [String]) { for (index, value) in values.enumerated() { add("\(key)/\(index)", value) } }
        add("title", text.title)
        for (id, title) in text.sections.sorted(by: { $0.key < $1.key }) { add("sections/\(id)", title) }
        for (id, label) in text.bands.sorted(by: { $0.key < $1.key }) { add("bands/\(id)", label) }
        for (code, name) in text.dataSources.sorted(by: { $0.key < $1.key }) { add("data-sources/\(code)", name) }
        list("scale-points", text.scalePoints)
        add("absent", text.absent.isEmpty ? nil : text.absent.map(\.rawValue).sorted().joined(separator: ", "))
        add("absent-note", text.absentNote)
        for (oldID, item) in text.items.sorted(by: { $0.key < $1.key }) {
            let key = "items/\(items(oldID))"
            add("\(key)/title", item.title)
            add("\(key)/definition", item.definition)
            for (level, anchor) in item.levels.sorted(by: { $0.key < $1.key }) { add("\(key)/levels/\(level)", anchor) }
            for (id, criterion) in item.criteria.sorted(by: { $0.key < $1.key }) { add("\(key)/criteria/\(id)", criterion) }
            list("\(key)/information-sources", item.informationSources)
            list("\(key)/guidance", item.guidance)
            list("\(key)/examples", item.examples)
            list("\(key)/scoring", item.scoring)
            for (index, group) in item.interviewQuestions.enumerated() {
                add("\(key)/interview-questions/\(index)/heading", group.heading)
                list("\(key)/interview-questions/\(index)/questions", group.questions)
            }
            add("\(key)/note", item.note)
            add("\(key)/absent", item.absent.isEmpty ? nil : item.absent.map(\.rawValue).sorted().joined(separator: ", "))
        }
        for term in text.glossary {
            add("glossary/\(term.id)/term", term.term)
            add("glossary/\(term.id)/definition", term.definition)
            add("glossary/\(term.id)/items", term.items.joined(separator: ", "))
        }
        return out
    }
}
