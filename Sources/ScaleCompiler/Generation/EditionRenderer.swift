/// Renders one edition's namespace: item ids, languages and the edition's data.
struct EditionRenderer {
    let edition: EditionDefinition

    private var source: EditionText? { edition.text(in: edition.sourceLanguage) }
    private func string(_ text: String) -> String { SwiftLiteral.string(text) }
    private func strings(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ", ") + "]" }

    func render(into writer: inout CodeWriter) {
        let name = SwiftName.edition(edition.id)
        let title = source?.title.map { ": \($0)" } ?? ""
        writer.doc("Edition `\(edition.id)`\(title).")
        writer.block("public enum \(name) {") { w in
            renderItems(into: &w, namespace: name)
            w.line()
            renderLanguages(into: &w)
            w.line()
            w.line("/// A score sheet of this edition, keyed by ``Item``.")
            w.line("public typealias Sheet = ScoreSheet<Item>")
            w.line()
            w.line("/// The edition as data: sections, items, levels, bands and texts.")
            w.line("public static let definition = EditionDefinition(")
            w.line("    id: \(string(edition.id)),")
            w.line("    sourceLanguage: LanguageTag(\(string(edition.sourceLanguage.rawValue))),")
            w.line("    levels: \(edition.levels.lowerBound)...\(edition.levels.upperBound),")
            w.line("    sections: sections,")
            w.line("    bands: [")
            for band in edition.bands {
                w.line("        BandDefinition(id: \(string(band.id)), range: \(band.range.lowerBound)...\(band.range.upperBound)),")
            }
            w.line("    ],")
            w.line("    dataSources: \(strings(edition.dataSources)),")
            w.line("    texts: [\(edition.texts.map { "make\(SwiftName.upperCamel(SwiftName.language($0.language)))Text()" }.joined(separator: ", "))],")
            let fallbacks = edition.fallbacks.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "LanguageTag(\(string($0.key.rawValue))): LanguageTag(\(string($0.value.rawValue)))" }
            w.line("    fallbacks: [\(fallbacks.isEmpty ? ":" : fallbacks.joined(separator: ", "))]")
            w.line(")")
            renderSections(into: &w)
            for text in edition.texts { TextRenderer(text: text).render(into: &w) }
        }
    }

    private func renderItems(into w: inout CodeWriter, namespace: String) {
        w.line("/// The item ids of edition `\(edition.id)`, in scale order; the raw value is the stable id.")
        w.block("public enum Item: String, ScaleItem {") { w in
            for item in edition.items {
                let itemText = source?.items[item.id]
                let heading = itemText?.title.map { "\(item.number). \($0)" } ?? "Item \(item.number)"
                w.doc(heading)
                if let definition = itemText?.definition {
                    w.line("///")
                    w.doc(definition)
                }
                w.line("///")
                w.line("/// Section `\(item.sectionID)`, \(item.kind.name).")
                w.line("case \(SwiftName.lowerCamel(item.id)) = \(string(item.id))")
            }
            w.line()
            w.line("/// The edition these ids belong to.")
            w.line("public static var edition: EditionDefinition { \(namespace).definition }")
        }
    }

    private func renderLanguages(into w: inout CodeWriter) {
        w.line("/// The languages edition `\(edition.id)` has text in.")
        w.block("public enum Language: String, Sendable, Hashable, CaseIterable, Codable {") { w in
            for language in edition.languages {
                w.line("case \(SwiftName.language(language)) = \(string(language.rawValue))")
            }
            w.line()
            w.line("/// The language as a BCP 47 tag.")
            w.line("public var tag: LanguageTag { LanguageTag(rawValue) }")
        }
    }

    /// One statement per item inside a builder function: each statement type-checks on its own,
    /// so compile time grows linearly with the items (one big literal would not).
    private func renderSections(into w: inout CodeWriter) {
        w.line()
        w.line("private static let sections: [SectionDefinition] = makeSections()")
        w.line()
        w.block("private static func makeSections() -> [SectionDefinition] {") { w in
            w.line("var sections: [SectionDefinition] = []")
            for section in edition.sections {
                w.line("var \(itemsVariable(section)): [ItemDefinition] = []")
                w.line("\(itemsVariable(section)).reserveCapacity(\(section.items.count))")
                for item in section.items {
                    w.line("\(itemsVariable(section)).append(")
                    w.line("    ItemDefinition(")
                    w.line("        id: \(string(item.id)), number: \(item.number), sectionID: \(string(item.sectionID)),")
                    renderKind(item.kind, into: &w)
                    let extras = !item.caps.isEmpty || item.combination != nil
                    w.line("        dataSources: \(strings(item.dataSources))" + (extras ? "," : "))"))
                    if !item.caps.isEmpty {
                        w.line("        caps: [")
                        for cap in item.caps {
                            w.line("            LevelCap(condition: \(string(cap.condition)), maxLevel: \(cap.maxLevel), note: \(string(cap.note))),")
                        }
                        w.line("        ]" + (item.combination == nil ? "))" : ","))
                    }
                    if let combination = item.combination {
                        w.line("        combination: Combination(")
                        w.line("            aggregation: .\(combination.aggregation.rawValue), rounding: .\(combination.rounding.rawValue),")
                        w.line("            alternative: \(alternative(combination.alternative)))))")
                    }
                }
                w.line("sections.append(SectionDefinition(id: \(string(section.id)), items: \(itemsVariable(section))))")
            }
            w.line("return sections")
        }
    }

    private func itemsVariable(_ section: SectionDefinition) -> String {
        "items" + SwiftName.upperCamel(section.id)
    }

    private func renderKind(_ kind: ItemKind, into w: inout CodeWriter) {
        switch kind {
        case .rated:
            w.line("        kind: .rated,")
        case .criteria(let rule):
            let levels = rule.levelsByCount.map(String.init).joined(separator: ", ")
            w.line("        kind: .criteria(CriteriaRule(")
            w.line("            criteria: \(strings(rule.criteria)),")
            w.line("            levelsByCount: [\(levels)])),")
        case .measured(let measure):
            let aggregation = measure.aggregation.map { ".\($0.rawValue)" } ?? "nil"
            w.line("        kind: .measured(Measure(")
            w.line("            unit: \(string(measure.unit)), values: .\(measure.values.rawValue), aggregation: \(aggregation), rounding: .\(measure.rounding.rawValue),")
            let quotient = measure.quotient.map { ".\($0.rawValue)" } ?? "nil"
            let maxPerLabel = measure.maxPerLabel.map(String.init) ?? "nil"
            w.line("            quotient: \(quotient), maxPerLabel: \(maxPerLabel),")
            w.line("            alternative: \(alternative(measure.alternative)),")
            w.line("            domain: \(measure.domain.map(interval) ?? "nil"),")
            w.line("            levels: [")
            for level in measure.levels {
                w.line("                Measure.LevelRange(level: \(level.level), interval: \(interval(level.interval))),")
            }
            w.line("            ],")
            w.line("            gaps: \(declared(measure.gaps)),")
            w.line("            overlaps: \(declared(measure.overlaps)))),")
        }
    }

    private func alternative(_ alternative: Alternative?) -> String {
        guard let alternative else { return "nil" }
        let aggregation = alternative.aggregation.map { ".\($0.rawValue)" } ?? "nil"
        let rounding = alternative.rounding.map { ".\($0.rawValue)" } ?? "nil"
        return "Alternative(aggregation: \(aggregation), rounding: \(rounding), note: \(string(alternative.note)))"
    }

    private func declared(_ values: [Measure.Declared]) -> String {
        guard !values.isEmpty else { return "[]" }
        let entries = values.map { "Measure.Declared(interval: \(interval($0.interval)), note: \(string($0.note)))" }
        return "[" + entries.joined(separator: ", ") + "]"
    }

    private func interval(_ interval: Interval) -> String {
        func bound(_ bound: Interval.Bound?) -> String {
            bound.map { "Interval.Bound(\(Interval.format($0.value)), inclusive: \($0.inclusive))" } ?? "nil"
        }
        return "Interval(lower: \(bound(interval.lower)), upper: \(bound(interval.upper)))"
    }
}
