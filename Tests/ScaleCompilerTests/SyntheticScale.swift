import ScaleCompiler

/// A scale of `items` items (a third rated, a third measured, a third criteria) with full texts
/// and a glossary whose terms every text is checked against, shaped like the IPS scale: for the
/// size tests here and the benchmarks (`Benchmarks/Sources/scale-bench` links this file).
enum Synthetic {
    static func scale(items: Int) -> ScaleSource {
        var structure = "schema: 1\nedition: big\nlevels: {min: 1, max: 5}\nsections:\n  - id: main\n    items:\n"
        var text = "schema: 1\nedition: big\nlanguage: nb\ntitle: Stor skala\nsections: {main: Hoveddel}\nbands: {all: Alle}\nitems:\n"
        for index in 0..<items {
            switch index % 3 {
            case 0:
                structure += "      - {id: item-\(index), kind: rated}\n"
            case 1:
                structure += "      - id: item-\(index)\n        kind: measured\n        measure:\n          unit: percent\n          values: decimal\n          rounding: nearest\n          levels: {1: {below: 20}, 2: {at-least: 20, at-most: 39}, 3: {at-least: 40, at-most: 59}, 4: {at-least: 60, at-most: 79}, 5: {at-least: 80}}\n"
            default:
                structure += "      - {id: item-\(index), kind: criteria, criteria: [a, b, c, d], levels-by-count: {0: 1, 1: 2, 2: 3, 3: 4, 4: 5}}\n"
            }
            // The last item's title uses one forbidden variant: the check must find it among them all.
            let variant = index == items - 1 ? " (ordvariant3)" : ""
            text += "  item-\(index):\n    title: Punkt nummer \(index) med en beskrivende tittel\(variant)\n"
            text += "    definition: >-\n      Jobbspesialisten utfører denne oppgaven for hver deltaker i porteføljen, og dokumenterer\n      arbeidet i journalen slik at teamet kan følge opp (punkt \(index)).\n"
            text += "    levels:\n"
            for level in 1...5 { text += "      \(level): Nivå \(level) for punkt \(index), med en forklaring av hva som kreves på dette nivået.\n" }
            if index % 3 == 2 {
                text += "    criteria: {a: Første kriterium, b: Andre kriterium, c: Tredje kriterium, d: Fjerde kriterium}\n"
            }
        }
        structure += "bands:\n  - {id: all, min: \(items), max: \(items * 5)}\n"
        let scale = "schema: 1\nid: big\neditions:\n  - {id: big, source-language: nb}\n"
        // Twenty terms whose forbidden variants one text uses: every text is searched for all of them.
        var glossary = "schema: 1\nlanguage: nb\nterms:\n"
        for term in 0..<20 { glossary += "  - {preferred: fagterm\(term), forbidden: [ordvariant\(term), skrivemåte\(term)]}\n" }
        return ScaleSource(
            directory: "big",
            files: [
                ("scale.yaml", Array(scale.utf8)), ("big/structure.yaml", Array(structure.utf8)), ("big/text.nb.yaml", Array(text.utf8)),
                ("glossary/nb.yaml", Array(glossary.utf8)),
            ])
    }
}
