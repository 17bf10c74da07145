import GoldenFiles
import Testing

@testable import ScaleCompiler

/// A broken copy of `Scales/ips-fidelity` gives located, clear errors and no scale (so nothing
/// is generated). The exact diagnostics of every case are golden files.
@Suite struct BrokenScaleTests {
    static let structure = "2008/structure.yaml"
    static let text = "2008/text.nb.yaml"
    static let relations = "relations/2008--fi-2026.yaml"

    static let cases: [ScaleMutation] = [
        .init(name: "key-typo", file: structure, edit: .replace("        data-sources: [MIS, DOC, INT]\n        measure:", with: "        data-source: [MIS, DOC, INT]\n        measure:")),
        .init(name: "duplicate-item-id", file: structure, edit: .replace("id: vocational-services-staff", with: "id: caseload-size")),
        .init(name: "level-6", file: text, edit: .replace("      5: 20 eller færre", with: "      6: 20 eller færre")),
        .init(name: "band-gap", file: structure, edit: .replace("{id: good, min: 100, max: 114}", with: "{id: good, min: 101, max: 114}")),
        .init(name: "band-overlap", file: structure, edit: .replace("{id: fair, min: 74, max: 99}", with: "{id: fair, min: 74, max: 101}")),
        .init(name: "band-out-of-range", file: structure, edit: .replace("{id: not-ips, min: 25, max: 73}", with: "{id: not-ips, min: 0, max: 73}")),
        .init(name: "unquoted-no", file: text, edit: .replace("not-ips: Ikke IPS", with: "not-ips: no")),
        .init(name: "tab-indentation", file: structure, edit: .replace("\n  - id: organization", with: "\n\t- id: organization")),
        .init(name: "invalid-utf8", file: text, edit: .replaceWithBytes("Deltakerportefølje", Array("Deltakerportef".utf8) + [0xF8] + Array("lje".utf8))),
        .init(name: "crlf", file: text, edit: .replaceAll("\n", with: "\r\n")),
        .init(name: "byte-order-mark", file: "scale.yaml", edit: .prependBytes([0xEF, 0xBB, 0xBF])),
        .init(name: "anchor", file: text, edit: .replace("title: IPS-kvalitetsskala", with: "title: &t IPS-kvalitetsskala")),
        .init(name: "tag", file: "scale.yaml", edit: .replace("id: ips-fidelity", with: "id: !!str ips-fidelity")),
        .init(name: "second-document", file: "scale.yaml", edit: .replace("editions:", with: "---\neditions:")),
        .init(name: "duplicate-key", file: text, edit: .replace("  good: God kvalitet", with: "  good: God kvalitet\n  good: Bra kvalitet")),
        .init(name: "schema-version", file: "scale.yaml", edit: .replace("schema: 1", with: "schema: 2")),
        // Pairs of mistakes in one file: each is one error, neither hides the other.
        .init(name: "pair-kind-and-level", file: structure, edit: .both(.replace("kind: measured", with: "kind: mesured"), .replace("levels: {min: 1, max: 5}", with: "levels: {min: 1, max: 5, step: 1}"))),
        .init(name: "pair-misspelt-keys", file: text, edit: .both(.replace("    title: Deltakerportefølje", with: "    titel: Deltakerportefølje"), .replace("    definition: >-\n      Hver jobbspesialist", with: "    defintion: >-\n      Hver jobbspesialist"))),
        .init(name: "pair-unknown-level-and-band", file: text, edit: .both(.replace("      5: 20 eller færre", with: "      6: 20 eller færre"), .replace("  good: God kvalitet", with: "  god: God kvalitet"))),
        .init(name: "swift-name", file: "scale.yaml", edit: .replace("swift-name: IPSFidelity", with: "swift-name: ips-fidelity")),
        .init(name: "leading-zero", file: structure, edit: .replace("levels: {min: 1, max: 5}", with: "levels: {min: 1, max: 05}")),
        .init(name: "unknown-kind", file: structure, edit: .replace("kind: rated", with: "kind: rate")),
        .init(name: "criteria-map-not-total", file: structure, edit: .replace("          2: 2\n          3: 3\n", with: "          2: 2\n")),
        .init(name: "criteria-map-decreasing", file: structure, edit: .replace("          4: 4\n          5: 5\n", with: "          4: 4\n          5: 3\n")),
        .init(name: "threshold-order", file: structure, edit: .replace("2: {at-least: 31, at-most: 40}", with: "2: {at-least: 10, at-most: 15}")),
        .init(name: "undeclared-gap", file: structure, edit: .replace("2: {at-least: 60, at-most: 74}", with: "2: {at-least: 60, at-most: 73}")),
        .init(name: "undeclared-overlap", file: structure, edit: .replace("3: {at-least: 75, at-most: 89}", with: "3: {at-least: 74, at-most: 89}")),
        .init(name: "missing-threshold", file: structure, edit: .replace("            5: {at-most: 20}\n", with: "")),
        .init(name: "unknown-data-source", file: structure, edit: .replace("data-sources: [DOC, INT, OBS, ISP]", with: "data-sources: [DOC, INT, OBS, ISB]")),
        .init(name: "language-tag", file: "scale.yaml", edit: .replace("source-language: nb", with: "source-language: nb_NO")),
        .init(name: "language-mismatch", file: text, edit: .replace("language: nb", with: "language: nn")),
        .init(name: "edition-mismatch", file: structure, edit: .replace("edition: \"2008\"", with: "edition: \"2009\"")),
        .init(name: "unknown-text-key", file: text, edit: .replace("  caseload-size:  # 003:9721\n", with: "  caseload-sise:  # 003:9721\n")),
        .init(name: "missing-anchor-text", file: text, edit: .replace("      2: Mellom 31 og 40 deltakere per jobbspesialist.\n", with: "")),
        .init(name: "missing-source-text", file: text, edit: .deleteFile),
        .init(name: "unknown-edition", file: "scale.yaml", edit: .replace("  - id: \"2008\"", with: "  - id: \"2018\"")),
        .init(name: "yaml-syntax", file: text, edit: .replace("  exemplary: Meget god kvalitet", with: "  exemplary: [Meget god kvalitet")),
        .init(name: "quoted-number", file: structure, edit: .replace("{id: exemplary, min: 115, max: 125}", with: "{id: exemplary, min: \"115\", max: 125}")),
        .init(name: "wrong-type", file: text, edit: .replace("title: IPS-kvalitetsskala", with: "title: [IPS-kvalitetsskala]")),
        .init(name: "cap-max-level", file: structure, edit: .replace("            max-level: 4\n            note: \"Level 5 also requires «IPS", with: "            max-level: 5\n            note: \"Level 5 also requires «IPS")),
        .init(name: "combine-on-measured", file: structure, edit: .replace("      - id: caseload-size  # 003:9721\n        kind: measured\n", with: "      - id: caseload-size  # 003:9721\n        kind: measured\n        combine: {aggregation: sum, rounding: down}\n")),
        .init(name: "combine-with-aggregation", file: structure, edit: .replace("      - id: caseload-size  # 003:9721\n        kind: measured\n", with: "      - id: caseload-size  # 003:9721\n        kind: measured\n        combine: {aggregation: mean, rounding: down}\n")),
        .init(name: "level-by-rule-with-threshold", file: structure, edit: .replace("          levels-by-rule: [1]", with: "          levels-by-rule: [2]")),
        .init(name: "combine-by-sum", file: structure, edit: .replace("combine: {aggregation: mean, rounding: down}", with: "combine: {aggregation: sum, rounding: down}")),
        .init(name: "alternative-without-rule", file: structure, edit: .replace("          alternative:\n            rounding: down\n", with: "          alternative:\n")),
        .init(name: "max-per-label-zero", file: structure, edit: .replace("labels: {max-per-label: 2}", with: "labels: {max-per-label: 0}")),
        .init(name: "undeclared-edge-gap", file: "fi-2026/structure.yaml", edit: .replace("          gaps:\n            - {at-least: 0, at-most: 29, note: \"000:360 level 1 reads «30 %» only: no anchor covers less than 30 % (2008 has «30 prosent eller mindre»)\"}\n", with: "")),
        .init(name: "relation-unknown-item", file: relations, edit: .replace("  - from: caseload-size\n    to: caseload-size\n", with: "  - from: caseload-size\n    to: caseload-sise\n")),
        .init(name: "relation-level-map-not-total", file: relations, edit: .replace("level-map: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}", with: "level-map: {1: 1, 2: 2, 3: 3, 4: 4}")),
        .init(name: "relation-level-out-of-range", file: relations, edit: .replace("level-map: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}", with: "level-map: {1: 1, 2: 2, 3: 3, 4: 4, 5: 6}")),
        .init(name: "relation-rescaled-without-map", file: relations, edit: .replace("    level-map: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}\n    approximate: true\n", with: "")),
        .init(name: "relation-identical-with-map", file: relations, edit: .replace("    to: caseload-size\n    relation: identical\n", with: "    to: caseload-size\n    relation: identical\n    level-map: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}\n")),
        .init(name: "relation-item-twice", file: relations, edit: .replace("  - from: vocational-services-staff\n    to: vocational-services-staff\n", with: "  - from: caseload-size\n    to: vocational-services-staff\n")),
        .init(name: "relation-file-mismatch", file: relations, edit: .replace("from: \"2008\"\nto: fi-2026", with: "from: fi-2026\nto: \"2008\"")),
        .init(name: "fallback-loop", file: "scale.yaml", edit: .replace("  sv-FI: sv\n", with: "  sv-FI: sv\n  sv: nb\n  nb: sv-FI\n")),
        .init(name: "fallback-unknown-language", file: "scale.yaml", edit: .replace("  sv-FI: sv\n", with: "  sv-FI: se\n")),
        .init(name: "declared-gap-not-found", file: structure, edit: .replace("- {at-least: 64, at-most: 64, note:", with: "- {at-least: 63, at-most: 64, note:")),
        // A misspelt key is one error (its "did you mean"), not also a missing key.
        .init(name: "misspelt-text-key", file: text, edit: .replace("    definition: >-", with: "    defintion: >-")),
        .init(name: "misspelt-required-key", file: "scale.yaml", edit: .replace("editions:", with: "editons:")),
        // Issue 11's rule vocabulary.
        .init(name: "nearest-anchor-without-ties", file: structure, edit: .replace("          rounding: nearest-anchor\n          ties: lower\n          alternative:\n            rounding: down", with: "          rounding: nearest-anchor\n          alternative:\n            rounding: down")),
        .init(name: "ties-without-nearest-anchor", file: structure, edit: .replace("          rounding: nearest\n          domain: {at-least: 0}\n          levels:\n            1: {at-least: 41}", with: "          rounding: nearest\n          ties: lower\n          domain: {at-least: 0}\n          levels:\n            1: {at-least: 41}")),
        .init(name: "cap-and-floor-in-one", file: structure, edit: .replace("            max-level: 4\n            note: \"Level 5 also requires", with: "            max-level: 4\n            min-level: 2\n            note: \"Level 5 also requires")),
        .init(name: "floor-at-lowest-level", file: structure, edit: .replace("min-level: 3", with: "min-level: 1")),
        .init(name: "glossary-unknown-item", file: text, edit: .replace("items: [competitive-jobs]", with: "items: [competitive-job]")),
        .init(name: "minimum-sample-without-labels", file: structure, edit: .replace("          minimum-count:\n            counts: count", with: "          minimum-sample: {one-specialist: 5, several-specialists: 10, level: 1, note: N.}\n          minimum-count:\n            counts: count")),
        // YAML syntax errors in plain words, at their real cause (YAMLSyntaxProblem).
        .init(name: "yaml-colon-in-text", file: text, edit: .replace("      2: Mellom 31 og 40 deltakere", with: "      2: Merk: mellom 31 og 40 deltakere")),
        .init(name: "yaml-key-indented-deeper", file: text, edit: .replace("      2: Mellom 31", with: "       2: Mellom 31")),
        .init(name: "yaml-key-between-columns", file: text, edit: .replace("    levels:\n      1: 41", with: "   levels:\n      1: 41")),
        .init(name: "yaml-key-deeper-after-block", file: text, edit: .replace("    levels:\n      1: 41", with: "     levels:\n      1: 41")),
        .init(name: "yaml-text-less-indented", file: text, edit: .replace("      heltidsansatt jobbspesialist er maksimalt", with: "     heltidsansatt jobbspesialist er maksimalt")),
        .init(name: "yaml-continuation-at-key-column", file: text, edit: .replace("    title: Deltakerportefølje\n", with: "    title: Deltakerportefølje\n    Porteføljen er stor\n")),
        .init(name: "yaml-unclosed-quote", file: text, edit: .replace("    title: Deltakerportefølje", with: "    title: \"Deltakerportefølje")),
        .init(name: "yaml-unclosed-quote-runs-on", file: structure, edit: .replace("standardverdien 1»\"", with: "standardverdien 1»")),
        .init(name: "yaml-text-after-quote", file: text, edit: .replace("    title: Deltakerportefølje", with: "    title: \"Deltaker\" portefølje")),
        .init(name: "yaml-reserved-character", file: text, edit: .replace("    title: Deltakerportefølje", with: "    title: @Deltakerportefølje")),
        .init(name: "yaml-alias-in-text", file: text, edit: .replace("    title: Deltakerportefølje", with: "    title: *Deltakerportefølje*")),
        .init(name: "yaml-folded-indicator-in-text", file: text, edit: .replace("      5: 20 eller færre", with: "      5: > 20 eller færre")),
        .init(name: "yaml-text-after-block-indicator", file: text, edit: .replace("    definition: >-\n      Hver jobbspesialist", with: "    definition: >- Tekst\n      Hver jobbspesialist")),
        .init(name: "yaml-list-entry-after-key", file: text, edit: .replace("      5: 20 eller færre", with: "      5: - 20 eller færre")),
        .init(name: "yaml-question-mark-in-text", file: text, edit: .replace("      5: 20 eller færre", with: "      5: ? 20 eller færre")),
        .init(name: "yaml-comma-starts-text", file: text, edit: .replace("      5: 20 eller færre", with: "      5: , 20 eller færre")),
        .init(name: "yaml-list-then-text", file: text, edit: .replace("      5: 20 eller færre", with: "      5: [20] eller færre")),
        .init(name: "yaml-comment-cuts-text", file: text, edit: .replace("      1: 41 eller flere deltakere per jobbspesialist.", with: "      1: 41 eller flere #deltakere\n        per jobbspesialist.")),
        .init(name: "yaml-colon-without-space", file: structure, edit: .replace("  policy: lowest-level", with: "  policy:lowest-level")),
        .init(name: "yaml-first-key-without-space", file: "scale.yaml", edit: .replace("schema: 1", with: "schema:1")),
        .init(name: "yaml-key-without-colon-above", file: text, edit: .replace("    term: \"Akkordlønn\"", with: "    term \"Akkordlønn\"")),
        .init(name: "yaml-missing-colon", file: structure, edit: .replace("        kind: measured\n        data-sources: [MIS, DOC, INT]", with: "        kind measured\n        data-sources: [MIS, DOC, INT]")),
        .init(name: "yaml-key-at-dash-column", file: structure, edit: .replace("          - condition: named-client-list  # 003:2653\n            max-level: 3", with: "          - condition: named-client-list  # 003:2653\n          max-level: 3")),
        .init(name: "yaml-unclosed-flow-sequence", file: structure, edit: .replace("        data-sources: [MIS, DOC, INT]\n        measure:", with: "        data-sources: [MIS, DOC, INT\n        measure:")),
        .init(name: "yaml-unclosed-flow-mapping", file: structure, edit: .replace("            1: {at-least: 41}", with: "            1: {at-least: 41")),
        .init(name: "yaml-missing-comma", file: structure, edit: .replace("            1: {at-least: 41}", with: "            1: {at-least: 41 at-most: 50}")),
        .init(name: "yaml-double-comma", file: structure, edit: .replace("            2: {at-least: 31, at-most: 40}", with: "            2: {at-least: 31,, at-most: 40}")),
        .init(name: "yaml-wrong-closing-bracket", file: structure, edit: .replace("data-sources: [MIS, DOC, INT, OBS, ISP]", with: "data-sources: [MIS, DOC, INT, OBS, ISP}")),
        .init(name: "yaml-extra-closing-bracket", file: structure, edit: .replace("data-sources: [MIS, DOC, INT, OBS, ISP]", with: "data-sources: [MIS, DOC, INT, OBS, ISP]]")),
        .init(name: "yaml-colon-in-flow-text", file: structure, edit: .replace("data-sources: [MIS, DOC, INT, OBS, ISP]", with: "data-sources: [MIS:, DOC, INT, OBS, ISP]")),
        .init(name: "yaml-undefined-tag-handle", file: structure, edit: .replace("  policy: lowest-level", with: "  policy: !x!lowest-level")),
        .init(name: "yaml-malformed-tag", file: structure, edit: .replace("  policy: lowest-level", with: "  policy: !<x lowest-level")),
        .init(name: "yaml-unknown-escape", file: structure, edit: .replace("note: \"003:819", with: "note: \"003:\\q819")),
        .init(name: "yaml-short-hex-escape", file: structure, edit: .replace("note: \"003:819", with: "note: \"003:\\x4g819")),
        .init(name: "yaml-invalid-unicode-escape", file: structure, edit: .replace("note: \"003:819", with: "note: \"003:\\uD800819")),
        .init(name: "yaml-directive", file: "scale.yaml", edit: .prependBytes(Array("%YAML 1.3\n---\n".utf8))),
        .init(name: "yaml-directive-after-start", file: structure, edit: .replace("sections:\n", with: "%TAG ! x\nsections:\n")),
        .init(name: "yaml-document-end-marker", file: structure, edit: .replace("numbering: per-section\n", with: "numbering: per-section\n...\n")),
        .init(name: "yaml-control-character", file: structure, edit: .replace("numbering: per-section", with: "numbering: per\u{7}section")),
    ]

    @Test(arguments: cases)
    func reportsLocatedErrorsAndProducesNothing(mutation: ScaleMutation) throws {
        guard let files = mutation.apply(to: RealScale.files) else {
            Issue.record("the text to break is no longer in \(mutation.file); update the case")
            return
        }
        let result = ScaleCompilation.compile(ScaleSource(directory: RealScale.directory, files: files))
        #expect(result.hasErrors)
        #expect(result.scale == nil)
        for diagnostic in result.diagnostics where diagnostic.severity == .error {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
        }
        Golden.check(DiagnosticRendering.text(result.diagnostics), named: "diagnostics/\(mutation.name).txt")
    }

    @Test func theRealScaleIsClean() {
        let result = ScaleCompilation.compile(RealScale.source)
        #expect(result.diagnostics.isEmpty, "\(DiagnosticRendering.text(result.diagnostics))")
        #expect(result.scale?.editions.first?.items.count == 25)
    }
}
