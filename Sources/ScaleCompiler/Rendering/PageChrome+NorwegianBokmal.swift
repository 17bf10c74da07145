extension PageChrome {
    /// Norwegian Bokmål, in the words of the nb handbook where it has them (skår, nivå, utgave).
    static let norwegianBokmal = PageChrome(
        language: "nb",
        reviewSheet: "Gjennomgangsark",
        edition: "Utgave",
        levelsRange: "nivåer {range}",
        totalRange: "totalskår {range}",
        reviewer: "Vurdert av",
        service: "Tjeneste",
        date: "Dato",
        score: "Skår",
        total: "Totalskår",
        howToRead:
            "Hver rad viser oppføringens nøkkel (stien i tekstfilen); hver celle viser filen og linjen der teksten står. Merkene sier hva som må gjøres.",
        wordsCompared: "Ord som er fjernet fra venstre kolonne, er gjennomstreket; ord som er lagt til, er understreket.",
        summary: "Oppsummering",
        marks: "Merker",
        column: "Kolonne",
        entries: "Oppføringer",
        ownText: "Egen tekst",
        scaleTitle: "Skalaens tittel",
        section: "Seksjon",
        bands: "Kategorier for totalskår",
        band: "Kategori",
        dataSources: "Datakilder",
        dataSource: "Datakilde",
        title: "Tittel",
        definition: "Definisjon",
        level: "Nivå {level}",
        criterion: "Kriterium",
        note: "Merknad",
        onlyIn: "bare i {edition}",
        noCounterpart: "ingen motpart",
        identical: "identisk",
        reworded: "omformulert",
        rescaled: "ny skalering",
        adapted: "tilpasset",
        unrelated: "ingen motpart",
        approximate: "omtrentlig",
        missing: MarkWords(
            label: "mangler",
            explanation: "Ingen tekst på dette språket og ikke noe erklært reservespråk: skriv den i filen cellen viser til."),
        absent: MarkWords(
            label: "erklært fraværende",
            explanation:
                "Tekstfilen erklærer at denne delen ikke finnes (absent:): materialet det er oversatt fra, har ingen slik tekst. Ingenting å skrive."),
        fallback: MarkWords(
            label: "reservespråk",
            explanation:
                "Ingen egen tekst her: et erklært reservespråk (fallbacks: i scale.yaml) leverer den, vist på det språket."),
        stale: MarkWords(
            label: "utdatert",
            explanation:
                "Oversatt fra en kildetekst som er endret siden: den gamle og den nye kildeteksten vises under oversettelsen. Gå gjennom den, og kjør så scalec refresh."),
        changedWords: MarkWords(
            label: "ord endret",
            explanation:
                "Et nært språk, sammenlignet ord for ord med venstre kolonne: gjennomstrekede ord står bare til venstre, understrekede bare her."),
        fromLanguage: "fra {language}",
        sourceWas: "{language} var:",
        sourceNow: "{language} er nå:",
        notRecorded: "(ikke registrert)",
        sourceGone: "(kildeoppføringen finnes ikke lenger)",
        addIn: "legg til i {file}",
        declaredIn: "erklært i {file}",
        afterReview: "Etter gjennomgang:",
        scaleFolder: "<skala>")
}
