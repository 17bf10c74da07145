import ScaleCompiler
import ScaleRuntime

/// One edition with an item of each kind (rated, measured with caps, criteria), numbered
/// continuously, so score files can state levels, facts, criteria and conditions, and
/// spreadsheets can name items by id or number.
private let fixture: [(relativePath: String, bytes: [UInt8])] = [
    ("scale.yaml", "schema: 1\nid: fuzz\neditions:\n  - {id: a, source-language: en}\n"),
    (
        "a/structure.yaml",
        "schema: 1\nedition: a\nlevels: {min: 1, max: 3}\nsections:\n  - id: main\n    items:\n      - {id: alpha, kind: rated, combine: {aggregation: mean, rounding: down}}\n      - id: beta\n        kind: measured\n        measure: {unit: percent, values: decimal, quotient: percent, labels: {max-per-label: 2}, rounding: nearest, domain: {at-least: 0, at-most: 100}, levels: {1: {below: 50}, 2: {at-least: 50, at-most: 79}, 3: {at-least: 80}}}\n        caps:\n          - {condition: recorded, max-level: 2, note: N.}\n      - {id: gamma, kind: criteria, criteria: [x, w], levels-by-count: {0: 1, 1: 2, 2: 3}}\nbands:\n  - {id: low, min: 3, max: 5}\n  - {id: high, min: 6, max: 9}\n"
    ),
    (
        "a/text.en.yaml",
        "schema: 1\nedition: a\nlanguage: en\ntitle: A\nsections: {main: Main}\nbands: {low: Low, high: High}\nitems:\n  alpha: {title: Alpha, definition: A., levels: {1: One, 2: Two, 3: Three}}\n  beta: {title: Beta, definition: B., levels: {1: One, 2: Two, 3: Three}}\n  gamma: {title: Gamma, definition: G., levels: {1: One, 2: Two, 3: Three}, criteria: {x: X, w: W}}\n"
    ),
].map { ($0.0, Array($0.1.utf8)) }

public let fuzzEdition: EditionDefinition? = ScaleCompilation.compile(ScaleSource(directory: "fuzz", files: fixture)).scale?.editions.first
