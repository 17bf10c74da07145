import Testing

@testable import ScaleRuntime

/// Totals, subtotals, bands and missing items on a small hand-made edition.
@Suite struct ScoringTests {
    /// Two sections, three items, levels 1–5: totals 3–15 in two bands.
    static let edition = EditionDefinition(
        id: "mini", sourceLanguage: "nb", levels: 1...5,
        sections: [
            SectionDefinition(id: "a", items: [
                ItemDefinition(id: "one", number: 1, sectionID: "a", kind: .rated, dataSources: []),
                ItemDefinition(id: "two", number: 2, sectionID: "a", kind: .rated, dataSources: []),
            ]),
            SectionDefinition(id: "b", items: [
                ItemDefinition(id: "three", number: 1, sectionID: "b", kind: .rated, dataSources: [])
            ]),
        ],
        bands: [BandDefinition(id: "low", range: 3...9), BandDefinition(id: "high", range: 10...15)],
        dataSources: [],
        texts: [
            EditionText(
                language: "nb", title: "Mini", sections: ["a": "Del A"], items: [:], bands: ["low": "Lav", "high": "Høy"],
                dataSources: [:]),
            EditionText(language: "sv", title: nil, sections: [:], items: [:], bands: ["low": "Låg"], dataSources: [:]),
        ])

    @Test func totalsSectionsAndBandOfACompleteSheet() throws {
        let result = try Self.edition.score(["one": 5, "two": 4, "three": 2])
        #expect(result.total == 11)
        #expect(result.sections.map(\.total) == [9, 2])
        #expect(result.band?.id == "high")
        #expect(result.missing.isEmpty)
        #expect(result.possibleTotals == 11...11)
    }

    @Test func missingItemsAreListedNotCountedAsZero() throws {
        let result = try Self.edition.score(["one": 5, "three": 4])
        #expect(result.total == 9)
        #expect(result.missing == ["two"])
        #expect(result.band == nil)
        #expect(result.possibleTotals == 10...14)
        #expect(result.possibleBands.map(\.id) == ["high"])
        #expect(result.sections[0].scoredItems == 1)
    }

    @Test func anUndecidedBandListsEveryReachableBand() throws {
        let result = try Self.edition.score(["one": 3])
        #expect(result.possibleTotals == 5...13)
        #expect(result.possibleBands.map(\.id) == ["low", "high"])
    }

    @Test func rejectsScoresOutsideTheLevels() {
        #expect(throws: ScoreError.levelOutOfRange(item: "one", score: 6, range: 1...5)) {
            try Self.edition.score(["one": 6])
        }
        #expect(throws: ScoreError.levelOutOfRange(item: "two", score: 0, range: 1...5)) {
            try Self.edition.score(["two": 0])
        }
    }

    @Test func rejectsUnknownItems() {
        #expect(throws: ScoreError.unknownItem("four", edition: "mini")) { try Self.edition.score(["four": 3]) }
    }

    @Test func textLookupSaysWhichLanguageServedAndWhy() throws {
        let own = try #require(Self.edition.bandLabel("low", in: "sv"))
        #expect(own.value == "Låg")
        #expect(own.reason == .requested)
        let fallback = try #require(Self.edition.bandLabel("high", in: "sv"))
        #expect(fallback.value == "Høy")
        #expect(fallback.served == "nb")
        #expect(fallback.requested == "sv")
        #expect(fallback.reason == .fallbackToSourceLanguage)
        #expect(Self.edition.sectionTitle("b", in: "nb") == nil)
    }

    @Test func languageTagsCompareInCanonicalCase() {
        #expect(LanguageTag("SV-fi") == LanguageTag("sv-FI"))
        #expect(LanguageTag("zh-hant-tw").rawValue == "zh-Hant-TW")
    }

    @Test func intervalsHonourOpenAndClosedEnds() {
        let interval = Interval(lower: .init(60, inclusive: true), upper: .init(75, inclusive: false))
        #expect(interval.contains(60))
        #expect(interval.contains(74.9))
        #expect(!interval.contains(75))
        #expect(interval.description == "[60, 75)")
        #expect(Interval(lower: nil, upper: .init(20, inclusive: true)).description == "(−∞, 20]")
    }
}
