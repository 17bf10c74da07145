import ScaleCompiler

/// FuzzCompile's small scale, made to compile (FuzzCompile's copy has two errors: an unquoted
/// `Y` and a fallback for a language without text), with a partial German translation of
/// edition `a` (flow, plain and folded values) for the imports to edit.
enum Fixture {
    static let files: [(relativePath: String, text: String)] = [
        ("scale.yaml", "schema: 1\nid: fuzz\neditions:\n  - {id: a, source-language: en}\n  - {id: b, source-language: en}\n"),
        (
            "a/structure.yaml",
            "schema: 1\nedition: a\nlevels: {min: 1, max: 3}\nsections:\n  - id: main\n    items:\n      - {id: alpha, kind: rated}\n      - id: beta\n        kind: measured\n        measure: {unit: percent, values: decimal, rounding: nearest, domain: {at-least: 0, at-most: 100}, levels: {1: {below: 50}, 2: {at-least: 50, at-most: 79}, 3: {at-least: 80}}}\n      - {id: gamma, kind: criteria, criteria: [x, y], levels-by-count: {0: 1, 1: 2, 2: 3}}\nbands:\n  - {id: low, min: 3, max: 5}\n  - {id: high, min: 6, max: 9}\n"
        ),
        (
            "a/text.en.yaml",
            "schema: 1\nedition: a\nlanguage: en\ntitle: A\nsections: {main: Main}\nbands: {low: Low, high: High}\nitems:\n  alpha: {title: Alpha, definition: A., levels: {1: One, 2: Two, 3: Three}}\n  beta: {title: Beta, definition: B., levels: {1: One, 2: Two, 3: Three}}\n  gamma: {title: Gamma, definition: G., levels: {1: One, 2: Two, 3: Three}, criteria: {x: X, y: \"Y\"}}\n"
        ),
        (
            "a/text.de.yaml",
            "schema: 1\nedition: a\nlanguage: de\n# partly translated\ntitle: A auf Deutsch\nsections: {main: Haupt}\nitems:\n  alpha:\n    title: Alpha\n    definition: >-\n      Eine gefaltete\n      Definition.\n  gamma: {title: Gamma}\n"
        ),
        ("b/structure.yaml", "schema: 1\nedition: b\nlevels: {min: 1, max: 3}\nsections:\n  - id: main\n    items:\n      - {id: alpha, kind: rated}\nbands:\n  - {id: all, min: 1, max: 3}\n"),
        ("b/text.en.yaml", "schema: 1\nedition: b\nlanguage: en\ntitle: B\nsections: {main: Main}\nbands: {all: All}\nitems:\n  alpha: {title: Alpha, definition: A., levels: {1: One, 2: Two, 3: Three}}\n"),
        (
            "relations/a--b.yaml",
            "schema: 1\nfrom: a\nto: b\nrelations:\n  - {from: alpha, to: alpha, relation: rescaled, level-map: {1: 1, 2: 2, 3: 3}, note: N.}\n  - {from: beta, relation: none, note: N.}\n  - {from: gamma, relation: none, note: N.}\n"
        ),
    ]

    static func source(replacing relativePath: String? = nil, with bytes: [UInt8] = []) -> ScaleSource {
        var entries = files.map { (relativePath: $0.relativePath, bytes: Array($0.text.utf8)) }
        if let relativePath {
            entries.removeAll { $0.relativePath == relativePath }
            entries.append((relativePath, bytes))
            entries.sort { $0.relativePath < $1.relativePath }
        }
        return ScaleSource(directory: "fuzz", files: entries)
    }

    /// The fixture compiled once.
    static let compiled = ScaleCompilation.compile(source())

    /// Seeds: the fixture's exports (German with targets, and a language without a file), a
    /// prefixed and a multi-segment variant, so mutations start from documents that import.
    static func seeds() -> [String] {
        guard let scale = compiled.scale, let edition = scale.edition("a") else { return [] }
        let german = compiled.translations.first { $0.edition == "a" && $0.language == "de" }
        let exported = XLIFFWriter.document(scale: scale, edition: edition, language: "de", status: german)
        let translated = exported.replacingOccurrences(of: "state=\"initial\">", with: "state=\"translated\">")
            .replacingOccurrences(of: "<source>Beta</source>", with: "<source>Beta</source><target>Beta &amp; <![CDATA[<b>]]><cp hex=\"263A\"/></target>")
            .replacingOccurrences(of: "<source>B.</source>", with: "<source>B.</source><target>Bee &#x2014; gefaltet über eine sehr lange Zeile, die mehr als sechzig Zeichen hat.</target>")
        let prefixed = translated.replacingOccurrences(of: "<", with: "<x:").replacingOccurrences(of: "<x:/", with: "</x:")
            .replacingOccurrences(of: "<x:?xml", with: "<?xml").replacingOccurrences(of: "<x:![CDATA[", with: "<![CDATA[")
            .replacingOccurrences(of: "xmlns=", with: "xmlns:x=")
        let segmented = translated.replacingOccurrences(
            of: "<source>Gamma</source>",
            with: "<source>Gam</source><target>Gam</target></segment><ignorable><source>m</source></ignorable><segment state=\"final\"><source>a</source>")
        let untranslated = XLIFFWriter.document(scale: scale, edition: edition, language: "fr", status: nil)
        return [exported, translated, prefixed, segmented, untranslated]
    }
}
