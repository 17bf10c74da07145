/// Renders one edition's namespace: item ids, languages and the edition's data.
struct EditionRenderer {
    let edition: EditionDefinition
    let names: GeneratedNames

    private var source: EditionText? { edition.text(in: edition.sourceLanguage) }
    private func string(_ text: String) -> String { SwiftLiteral.string(text) }
    private func strings(_ values: [String]) -> String { SwiftLiteral.strings(values) }

    func render(into writer: inout CodeWriter) {
        let name = names.edition(edition.id)
        let title = source?.title.map { ": \($0)" } ?? ""
        writer.doc("Edition `\(edition.id)`\(title).")
        writer.block("nonisolated public enum \(name): ScaleEdition {") { w in
            renderItems(into: &w, namespace: name)
            w.line()
            renderSectionsAndBands(into: &w, namespace: name)
            w.line()
            renderFactIDs(into: &w, namespace: name)
            w.line()
            renderLanguages(into: &w)
            w.line()
            w.line("/// A score sheet of this edition, keyed by ``Item``.")
            w.line("public typealias Sheet = ScoreSheet<Item>")
            w.line("/// What an evaluator observed for one item of this edition.")
            w.line("public typealias Facts = EditionFacts<\(name)>")
            w.line("/// A level computed from facts of this edition, with its explanation.")
            w.line("public typealias Finding = EditionFinding<\(name)>")
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
            // Each language's texts are built on first use (a `static let` per language).
            let sources = edition.texts.map {
                "EditionDefinition.TextSource(language: LanguageTag(\(string($0.language.rawValue))), load: { \(TextRenderer.storedName(of: $0.language)) })"
            }
            w.line("    textSources: [\(sources.joined(separator: ", "))],")
            let fallbacks = edition.fallbacks.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { "LanguageTag(\(string($0.key.rawValue))): LanguageTag(\(string($0.value.rawValue)))" }
            w.line("    fallbacks: [\(fallbacks.isEmpty ? ":" : fallbacks.joined(separator: ", "))],")
            let policy = edition.missingData.map {
                "MissingDataPolicy(rule: .\($0.rule == .lowestLevel ? "lowestLevel" : "noDefault"), note: \(string($0.note)))"
            }
            w.line("    missingData: \(policy ?? "nil")")
            w.line(")")
            w.line("/// What totalling a ``Sheet`` reads, made once from ``definition``.")
            w.line("public static let scoringLayout = ScoringLayout(definition)")
            renderSections(into: &w)
        }
    }

    /// The item ids, as a struct of positions (see ``OrdinalRenderer``), with each item's title
    /// and definition as its documentation.
    private func renderItems(into w: inout CodeWriter, namespace: String) {
        let members = edition.items.map { item -> (id: String, doc: [String]) in
            let itemText = source?.items[item.id]
            var doc = CodeWriter()
            doc.doc(itemText?.title.map { "\(item.number). \($0)" } ?? "Item \(item.number)")
            if let definition = itemText?.definition {
                doc.line("///")
                doc.doc(definition)
            }
            doc.line("///")
            doc.line("/// `\(item.id)`: section `\(item.sectionID)`, \(item.kind.name).")
            return (item.id, doc.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init))
        }
        OrdinalRenderer(
            typeName: "Item", conformance: "ScaleItem", edition: namespace, members: members,
            summary: "The items of edition `\(edition.id)`, in scale order; the raw value is the stable id."
        ).render(into: &w)
    }

    private func renderSectionsAndBands(into w: inout CodeWriter, namespace: String) {
        let sectionTitles = source?.sections ?? [:]
        OrdinalRenderer(
            typeName: "Section", conformance: "ScaleSection", edition: namespace,
            members: edition.sections.map { ($0.id, sectionTitles[$0.id].map { ["/// \(SwiftLiteral.docLines($0).joined(separator: " "))"] } ?? []) },
            summary: "The sections of edition `\(edition.id)`, in scale order."
        ).render(into: &w)
        w.line()
        let bandLabels = source?.bands ?? [:]
        OrdinalRenderer(
            typeName: "Band", conformance: "ScaleBand", edition: namespace,
            members: edition.bands.map { band in
                let label = bandLabels[band.id].map { "\(SwiftLiteral.docLines($0).joined(separator: " ")): " } ?? ""
                return (band.id, ["/// \(label)totals \(band.range.lowerBound)–\(band.range.upperBound)."])
            },
            summary: "The bands of edition `\(edition.id)`, in declaration order."
        ).render(into: &w)
    }

    private func renderFactIDs(into w: inout CodeWriter, namespace: String) {
        let criteria = edition.items.compactMap { item -> (item: String, ids: [String])? in
            guard case .criteria(let rule) = item.kind, !rule.criteria.isEmpty else { return nil }
            return (item.id, rule.criteria)
        }
        FactIDRenderer(
            typeName: "Criterion", edition: namespace, items: criteria,
            summary: "A criterion of one of the edition's criteria items: `.integrationTeamContact.weeklyMeetings`."
        ).render(into: &w)
        w.line()
        let conditions = edition.items.compactMap { item -> (item: String, ids: [String])? in
            item.caps.isEmpty ? nil : (item.id, item.caps.map(\.condition))
        }
        FactIDRenderer(
            typeName: "Condition", edition: namespace, items: conditions,
            summary: "A condition of one of the edition's caps and floors: `.zeroExclusion.selfReferralPossible`."
        ).render(into: &w)
    }

    private func renderLanguages(into w: inout CodeWriter) {
        w.line("/// The languages edition `\(edition.id)` has text in.")
        w.block("nonisolated public enum Language: String, ScaleLanguage {") { w in
            for language in edition.languages {
                w.line("/// `\(language.rawValue)`.")
                w.line("case \(SwiftName.language(language)) = \(string(language.rawValue))")
            }
            w.line()
            w.line("/// The language as a BCP 47 tag.")
            w.line("public var tag: LanguageTag { LanguageTag(rawValue) }")
        }
    }

    /// One statement per item, in builder functions of at most ``chunkSize`` items: each
    /// statement type-checks on its own and no function grows with the scale, so compile time
    /// grows linearly with the items (one big literal, or one huge function, would not).
    private func renderSections(into w: inout CodeWriter) {
        w.line()
        w.line("private static let sections: [SectionDefinition] = makeSections()")
        w.line()
        var chunks: [(section: SectionDefinition, items: ArraySlice<ItemDefinition>)] = []
        for section in edition.sections {
            var start = section.items.startIndex
            repeat {
                let end = min(start + Self.chunkSize, section.items.endIndex)
                chunks.append((section, section.items[start..<end]))
                start = end
            } while start < section.items.endIndex
        }
        w.block("private static func makeSections() -> [SectionDefinition] {") { w in
            w.line("var sections: [SectionDefinition] = []")
            for section in edition.sections {
                w.line("var \(itemsVariable(section)): [ItemDefinition] = []")
                w.line("\(itemsVariable(section)).reserveCapacity(\(section.items.count))")
                for (index, chunk) in chunks.enumerated() where chunk.section.id == section.id {
                    w.line("appendItems\(index)(to: &\(itemsVariable(section)))")
                }
                w.line("sections.append(SectionDefinition(id: \(string(section.id)), items: \(itemsVariable(section))))")
            }
            w.line("return sections")
        }
        for (index, chunk) in chunks.enumerated() {
            w.line()
            w.block("private static func appendItems\(index)(to items: inout [ItemDefinition]) {") { w in
                for item in chunk.items {
                    w.line("items.append(")
                    w.line("    ItemDefinition(")
                    w.line("        id: \(string(item.id)), number: \(item.number), sectionID: \(string(item.sectionID)),")
                    renderKind(item.kind, into: &w)
                    let extras = !item.caps.isEmpty || item.combination != nil
                    w.line("        dataSources: \(strings(item.dataSources))" + (extras ? "," : "))"))
                    if !item.caps.isEmpty {
                        w.line("        caps: [")
                        for cap in item.caps {
                            let bound = cap.maxLevel.map { "maxLevel: \($0)" } ?? "minLevel: \(cap.minLevel ?? 0)"
                            w.line("            LevelCap(condition: \(string(cap.condition)), \(bound), note: \(string(cap.note))),")
                        }
                        w.line("        ]" + (item.combination == nil ? "))" : ","))
                    }
                    if let combination = item.combination {
                        w.line("        combination: Combination(")
                        w.line("            aggregation: .\(combination.aggregation.rawValue), rounding: \(rounding(combination.rounding)),")
                        w.line("            alternative: \(alternative(combination.alternative)), ties: \(ties(combination.ties)))))")
                    }
                }
            }
        }
    }

    /// Items (or item texts) per builder function.
    static let chunkSize = 100

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
            w.line("            unit: \(string(measure.unit)), values: .\(measure.values.rawValue), aggregation: \(aggregation), rounding: \(rounding(measure.rounding)),")
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
            w.line("            overlaps: \(declared(measure.overlaps)),")
            w.line("            ties: \(ties(measure.ties)),")
            if let sample = measure.minimumSample {
                w.line("            minimumSample: Measure.MinimumSample(")
                w.line("                withOneSpecialist: \(sample.withOneSpecialist), withSeveralSpecialists: \(sample.withSeveralSpecialists),")
                w.line("                level: \(sample.level), note: \(string(sample.note))),")
            } else {
                w.line("            minimumSample: nil,")
            }
            if let route = measure.smallCaseloadRoute {
                w.line("            smallCaseloadRoute: Measure.SmallCaseloadRoute(")
                w.line("                level: \(route.level), jobSeekersBelow: \(route.jobSeekersBelow), perJobSeeker: \(Interval.format(route.perJobSeeker)),")
                w.line("                note: \(string(route.note))),")
            } else {
                w.line("            smallCaseloadRoute: nil,")
            }
            if let rule = measure.minimumCount {
                w.line("            minimumCount: Measure.MinimumCount(")
                w.line("                counted: .\(rule.counted.rawValue), atLeast: \(rule.atLeast), level: \(rule.level), note: \(string(rule.note))))),")
            } else {
                w.line("            minimumCount: nil)),")
            }
        }
    }

    private func alternative(_ alternative: Alternative?) -> String {
        guard let alternative else { return "nil" }
        let aggregation = alternative.aggregation.map { ".\($0.rawValue)" } ?? "nil"
        let rounding = alternative.rounding.map { self.rounding($0) } ?? "nil"
        return "Alternative(aggregation: \(aggregation), rounding: \(rounding), note: \(string(alternative.note)))"
    }

    /// The Swift case of a rounding (`nearest-anchor` is `.nearestAnchor`).
    private func rounding(_ rounding: Measure.Rounding) -> String {
        rounding == .nearestAnchor ? ".nearestAnchor" : ".\(rounding.rawValue)"
    }

    private func ties(_ ties: Measure.TieRule?) -> String { ties.map { ".\($0 == .noLevel ? "noLevel" : $0.rawValue)" } ?? "nil" }

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
