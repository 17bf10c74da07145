extension PageChrome {
    /// English: the chrome of last resort, for languages without a table of their own.
    static let english = PageChrome(
        language: "en",
        reviewSheet: "Review sheet",
        edition: "Edition",
        levelsRange: "levels {range}",
        totalRange: "total {range}",
        reviewer: "Reviewer",
        service: "Service",
        date: "Date",
        score: "Score",
        total: "Total",
        howToRead:
            "Each row names the entry's key (its path in the text file); each cell gives the file and line its text is written at. The marks say what needs doing.",
        wordsCompared: "Words removed from the left column are struck through; words added are underlined.",
        summary: "Summary",
        marks: "Marks",
        column: "Column",
        entries: "Entries",
        ownText: "Own text",
        scaleTitle: "Scale title",
        section: "Section",
        bands: "Total score bands",
        band: "Band",
        dataSources: "Data sources",
        dataSource: "Data source",
        title: "Title",
        definition: "Definition",
        level: "Level {level}",
        criterion: "Criterion",
        note: "Note",
        onlyIn: "only in {edition}",
        noCounterpart: "no counterpart",
        identical: "identical",
        reworded: "reworded",
        rescaled: "rescaled",
        adapted: "adapted",
        unrelated: "no counterpart",
        approximate: "approximate",
        missing: MarkWords(
            label: "missing",
            explanation: "No text in this language and no declared fallback: write it in the file the cell names."),
        absent: MarkWords(
            label: "declared absent",
            explanation:
                "The text file declares this part absent (absent:): the material it is translated from has no such text. Nothing to write."),
        fallback: MarkWords(
            label: "fallback",
            explanation:
                "No text of its own here: a declared fallback language (fallbacks: in scale.yaml) serves it, shown in that language."),
        stale: MarkWords(
            label: "stale",
            explanation:
                "Translated from a source text that has changed since: the old and the new source are shown under the translation. Review it, then run scalec refresh."),
        changedWords: MarkWords(
            label: "words changed",
            explanation:
                "A close language, compared word by word with the left column: struck-through words are only on the left, underlined words only here."),
        fromLanguage: "from {language}",
        sourceWas: "{language} was:",
        sourceNow: "{language} is now:",
        notRecorded: "(not recorded)",
        sourceGone: "(the source entry no longer exists)",
        addIn: "add in {file}",
        declaredIn: "declared in {file}",
        afterReview: "After review:",
        scaleFolder: "<scale>")
}
