import Synchronization
import Testing

@testable import ScaleRuntime

/// Texts given as sources are built only when a language is asked for, and the edition behaves
/// as one given its texts.
@Suite struct TextSourceTests {
    static func text(_ language: LanguageTag, title: String) -> EditionText {
        EditionText(language: language, title: title, sections: [:], items: [:], bands: [:], dataSources: [:])
    }

    static func edition(texts: [EditionText]) -> EditionDefinition {
        EditionDefinition(
            id: "e", sourceLanguage: "nb", levels: 1...5, sections: [SectionDefinition(id: "s", items: [])], bands: [],
            dataSources: [], texts: texts)
    }

    @Test func aLanguageIsBuiltOnlyWhenAskedFor() {
        let built = Mutex<[String]>([])
        let lazy = EditionDefinition(
            id: "e", sourceLanguage: "nb", levels: 1...5, sections: [SectionDefinition(id: "s", items: [])], bands: [],
            dataSources: [],
            textSources: ["nb", "sv"].map { tag in
                EditionDefinition.TextSource(language: LanguageTag(tag)) {
                    built.withLock { $0.append(tag) }
                    return Self.text(LanguageTag(tag), title: "Tittel \(tag)")
                }
            })
        #expect(lazy.languages == ["nb", "sv"])
        #expect(lazy.id == "e")
        #expect(built.withLock { $0 }.isEmpty)
        #expect(lazy.text(in: "sv")?.title == "Tittel sv")
        #expect(built.withLock { $0 } == ["sv"])
        #expect(lazy.text(in: "en") == nil)
        let eager = Self.edition(texts: [Self.text("nb", title: "Tittel nb"), Self.text("sv", title: "Tittel sv")])
        #expect(lazy == eager)
        #expect(lazy.hashValue == eager.hashValue)
    }

    @Test func settingTextsReplacesTheSources() {
        var edition = Self.edition(texts: [Self.text("nb", title: "A")])
        edition.texts[0].title = "B"
        #expect(edition.text(in: "nb")?.title == "B")
        #expect(edition != Self.edition(texts: [Self.text("nb", title: "A")]))
    }
}
