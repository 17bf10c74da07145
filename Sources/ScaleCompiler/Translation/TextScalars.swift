/// Every piece of text a text file holds, with its place, for checks that read all of it.
enum TextScalars {
    static func all(_ syntax: TextFileSyntax) -> [Located<String>] {
        var result: [Located<String>] = []
        if let title = syntax.title { result.append(title) }
        for entries in [syntax.sections, syntax.bands, syntax.dataSources] { result += entries.map(\.text) }
        for item in syntax.items {
            result += [item.title, item.definition, item.note].compactMap { $0 }
            result += item.levels.map(\.text) + item.criteria.map(\.text)
            result += item.informationSources + item.guidance + item.examples + item.scoring
            for group in item.interviewQuestions { result += [group.heading] + group.questions }
        }
        return result
    }
}
