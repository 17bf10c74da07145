extension PageChrome {
    /// Swedish, in the words of the Swedish rating manual where it has them (poäng, verksamhet).
    static let swedish = PageChrome(
        language: "sv",
        reviewSheet: "Granskningsblad",
        edition: "Utgåva",
        levelsRange: "nivåer {range}",
        totalRange: "totalpoäng {range}",
        reviewer: "Bedömare",
        service: "Verksamhet",
        date: "Datum",
        score: "Poäng",
        total: "Totalpoäng",
        howToRead:
            "Varje rad visar postens nyckel (sökvägen i textfilen); varje cell visar filen och raden där texten står. Markeringarna säger vad som behöver göras.",
        wordsCompared: "Ord som tagits bort från vänster kolumn är överstrukna; tillagda ord är understrukna.",
        summary: "Sammanfattning",
        marks: "Markeringar",
        column: "Kolumn",
        entries: "Poster",
        ownText: "Egen text",
        scaleTitle: "Skalans titel",
        section: "Avsnitt",
        bands: "Kategorier för totalpoäng",
        band: "Kategori",
        dataSources: "Datakällor",
        dataSource: "Datakälla",
        title: "Titel",
        definition: "Definition",
        level: "Nivå {level}",
        criterion: "Kriterium",
        note: "Anmärkning",
        onlyIn: "endast i {edition}",
        noCounterpart: "ingen motsvarighet",
        identical: "identisk",
        reworded: "omformulerad",
        rescaled: "ny skalindelning",
        adapted: "anpassad",
        unrelated: "ingen motsvarighet",
        approximate: "ungefärlig",
        missing: MarkWords(
            label: "saknas",
            explanation: "Ingen text på det här språket och inget angivet reservspråk: skriv den i filen som cellen anger."),
        absent: MarkWords(
            label: "avsiktligt utelämnad",
            explanation:
                "Textfilen anger att delen saknas (absent:): materialet den översätts från har ingen sådan text. Inget att skriva."),
        fallback: MarkWords(
            label: "reservspråk",
            explanation:
                "Ingen egen text här: ett angivet reservspråk (fallbacks: i scale.yaml) står för den, visad på det språket."),
        stale: MarkWords(
            label: "inaktuell",
            explanation:
                "Översatt från en källtext som har ändrats sedan dess: den gamla och den nya källtexten visas under översättningen. Granska den och kör sedan scalec refresh."),
        changedWords: MarkWords(
            label: "ord ändrade",
            explanation:
                "Ett närliggande språk, jämfört ord för ord med vänster kolumn: överstrukna ord finns bara till vänster, understrukna bara här."),
        fromLanguage: "från {language}",
        sourceWas: "{language} var:",
        sourceNow: "{language} är nu:",
        notRecorded: "(inte registrerad)",
        sourceGone: "(källposten finns inte längre)",
        addIn: "lägg till i {file}",
        declaredIn: "angiven i {file}",
        afterReview: "Efter granskning:",
        scaleFolder: "<skala>")
}
