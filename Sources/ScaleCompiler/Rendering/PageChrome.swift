/// The words of a rendered page that are not the scale's own text (headings, row labels, marks,
/// the legend), in one language.
///
/// Each language is one table in its own file (`PageChrome+Swedish.swift`); every table has every
/// string, so the compiler rejects a table with one left out. Templates hold placeholders in
/// braces (`{language}`, `{edition}`, `{file}`, `{level}`, `{range}`), filled by ``fill(_:_:)``.
/// To add a language, copy a table, translate its strings and list it in ``all``.
struct PageChrome: Sendable {
    /// A mark's short label and what it asks of the localiser.
    struct MarkWords: Sendable {
        var label: String
        var explanation: String
    }

    var language: LanguageTag

    // Pages
    var reviewSheet: String
    var edition: String
    var levelsRange: String
    var totalRange: String
    var reviewer: String
    var service: String
    var date: String
    var score: String
    var total: String
    var howToRead: String
    var wordsCompared: String

    // Headings and row labels
    var summary: String
    var marks: String
    var column: String
    var entries: String
    var ownText: String
    var scaleTitle: String
    var section: String
    var bands: String
    var band: String
    var dataSources: String
    var dataSource: String
    var title: String
    var definition: String
    var level: String
    var criterion: String
    var note: String

    // Editions side by side
    var onlyIn: String
    var noCounterpart: String
    var identical: String
    var reworded: String
    var rescaled: String
    var adapted: String
    var unrelated: String
    var approximate: String

    // Marks and their details
    var missing: MarkWords
    var absent: MarkWords
    var fallback: MarkWords
    var stale: MarkWords
    var changedWords: MarkWords
    var fromLanguage: String
    var sourceWas: String
    var sourceNow: String
    var notRecorded: String
    var sourceGone: String
    var addIn: String
    var declaredIn: String
    /// Leads the `scalec refresh` command in the legend.
    var afterReview: String
    /// The placeholder for the scale folder in that command.
    var scaleFolder: String

    /// Every language with chrome; English first, the language of last resort.
    static let all: [PageChrome] = [.english, .norwegianBokmal, .swedish, .finlandSwedish]

    /// Shown, in English, on a page whose language has no chrome of its own.
    static let englishFallbackNote =
        "The labels of this page are in English: scalec has none in {language} yet (Sources/ScaleCompiler/Rendering/PageChrome*.swift)."

    /// The chrome for a page in `language`: its own table, else one for its primary language
    /// (`sv-SE` → `sv`), else English, saying whether it fell back to English.
    static func resolve(_ language: LanguageTag) -> (chrome: PageChrome, isEnglishFallback: Bool) {
        if let exact = all.first(where: { $0.language == language }) { return (exact, false) }
        let primary = Self.primary(language)
        if let close = all.first(where: { $0.language.rawValue == primary }) { return (close, false) }
        return (english, primary != "en")
    }

    /// The primary language subtag (`sv` of `sv-FI`).
    static func primary(_ language: LanguageTag) -> String {
        String(language.rawValue.split(separator: "-").first ?? "")
    }

    /// A template with its placeholders filled (not yet escaped).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        values.reduce(template) { text, pair in text.replacing("{\(pair.key)}", with: pair.value) }
    }

    /// The relation kind's name in this language.
    func relation(_ kind: RelationKind) -> String {
        switch kind {
        case .identical: identical
        case .reworded: reworded
        case .rescaled: rescaled
        case .adapted: adapted
        case .none: unrelated
        }
    }
}
