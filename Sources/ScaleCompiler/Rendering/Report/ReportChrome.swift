/// The words of a review or comparison report that are not the scale's or the review's own text,
/// in one language: headings, labels, the verdict's templates, month names.
///
/// Like ``PageChrome``, one table per language in its own file (`ReportChrome+Swedish.swift`),
/// every string in every table. Templates hold placeholders in braces (`{edition}`, `{count}`,
/// `{total}`), filled by ``PageChrome/fill(_:_:)``. To add a language, copy a table, translate it
/// and list it in ``all``.
struct ReportChrome: Sendable {
    var language: LanguageTag

    // The review report
    var reviewReport: String
    var service: String
    var date: String
    var edition: String
    var evaluators: String
    var note: String
    var notGiven: String
    var total: String
    /// "of {max}" after the total.
    var outOf: String
    var band: String
    var bandScale: String
    var bandUndetermined: String
    var subtotals: String
    var section: String
    var scoredItems: String
    var items: String
    var score: String
    var evaluatorNote: String
    var fromFacts: String
    var noLevelFromFacts: String
    var explanationInEnglish: String
    var strengths: String
    var recommendations: String
    var missingItems: String
    var noneMissing: String
    var missingPolicy: String
    var strictView: String
    var sourceView: String
    var noPolicy: String
    var imputed: String
    var notScored: String

    // The comparison report
    var comparisonReport: String
    var trendReport: String
    var reviews: String
    var verdict: String
    var fullyComparable: String
    var partiallyComparable: String
    var notComparable: String
    var totalsOverComparable: String
    var onLevelsOf: String
    var change: String
    var changeChart: String
    var changeChartDescription: String
    var notComparableItems: String
    var reason: String
    var reasonsInEnglish: String
    var relations: String
    var relation: String
    var levelMap: String
    var approximate: String
    var trend: String
    var trendDescription: String
    var perItemTrend: String
    var pairHeading: String

    /// January to December.
    var months: [String]
    /// How a date reads: `{day}`, `{month}`, `{year}`.
    var dateTemplate: String
    /// The decimal separator.
    var decimalSeparator: String

    /// Every language with report chrome; English first, the language of last resort.
    static let all: [ReportChrome] = [.english, .norwegianBokmal, .swedish, .finlandSwedish]

    /// The chrome for `language`: its own table, else its primary language's, else English,
    /// saying whether it fell back to English (the same rule as ``PageChrome/resolve(_:)``).
    static func resolve(_ language: LanguageTag) -> (chrome: ReportChrome, isEnglishFallback: Bool) {
        if let exact = all.first(where: { $0.language == language }) { return (exact, false) }
        let primary = PageChrome.primary(language)
        if let close = all.first(where: { $0.language.rawValue == primary }) { return (close, false) }
        return (english, primary != "en")
    }

    /// The relation kind's name, from the page chrome of the same language.
    func relation(_ kind: RelationKind) -> String { PageChrome.resolve(language).chrome.relation(kind) }
}
