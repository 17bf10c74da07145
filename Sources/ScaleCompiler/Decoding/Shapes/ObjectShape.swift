/// A mapping with fixed keys: which keys it has, which of them are required, what each value is,
/// and the rules between keys that the decoder checks.
struct ObjectShape: Sendable {
    /// The definition's name in a JSON Schema's `$defs` (`item`, `measure`).
    let name: String
    /// What the mapping is, for editors' hovers.
    let doc: String
    /// The keys in the order the decoder lists them (required ones first).
    let fields: [FieldShape]
    /// Rules between keys (one of two, one only with another).
    var rules: [KeyRule] = []

    /// The keys that must be written.
    var required: [String] { fields.filter(\.isRequired).map(\.key) }
    /// The keys that may be written.
    var optional: [String] { fields.filter { !$0.isRequired }.map(\.key) }
}

/// One key of an ``ObjectShape``.
struct FieldShape: Sendable {
    let key: String
    let isRequired: Bool
    let value: ValueShape
    let doc: String

    static func required(_ key: String, _ value: ValueShape, _ doc: String) -> FieldShape {
        FieldShape(key: key, isRequired: true, value: value, doc: doc)
    }

    static func optional(_ key: String, _ value: ValueShape, _ doc: String) -> FieldShape {
        FieldShape(key: key, isRequired: false, value: value, doc: doc)
    }
}

/// A rule between the keys of one mapping.
enum KeyRule: Sendable {
    /// Exactly one of the keys is written (a cap's `max-level` or `min-level`).
    case exactlyOne([String])
    /// At least one of the keys is written (an interval's bounds).
    case atLeastOne([String])
    /// Not both keys (`at-least` and `above`).
    case notBoth(String, String)
    /// A key needs the other keys (`minimum-sample` needs `labels`).
    case requires(String, [String])
    /// When `key` is `value`, the `required` keys must be written and the `forbidden` ones not.
    case when(key: String, is: String, required: [String], forbidden: [String])
    /// `key` may be written only when `other` is `value` (`ties` only with `rounding: nearest-anchor`).
    case onlyWhen(key: String, other: String, is: String)
    /// When `key` is written, the mapping under `inside` must not have `innerKey` (`combine`
    /// and the measure's `aggregation`).
    case forbidsInner(when: String, inside: String, key: String)
}
