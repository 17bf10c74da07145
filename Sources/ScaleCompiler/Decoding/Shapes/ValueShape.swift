/// What a value in a source file may be, declared once: the decoder takes its key lists and word
/// sets from these declarations and `scalec schema` turns them into JSON Schemas, so the two
/// cannot drift apart.
///
/// Only the two directly recursive cases are `indirect`: with every case boxed, the boxes of the
/// static shape tables were referenced only through spare-bit-tagged pointers, which
/// LeakSanitizer cannot follow, and the fuzz run's leak check reported them at exit.
enum ValueShape: Sendable {
    /// Free, non-empty text.
    case text
    /// A stable id (`caseload-size`); edition ids may start with a digit (`2008`).
    case id(allowLeadingDigit: Bool)
    /// A data-source code: an id, or upper-case letters (`MIS`).
    case code
    /// A whole number, with an optional least value.
    case wholeNumber(minimum: Int?)
    /// A number; `above` is an exclusive least value.
    case number(above: Double?)
    /// `true` or `false`.
    case boolean
    /// A BCP 47 language tag.
    case languageTag
    /// `swift-name`: an UpperCamelCase Swift name of ASCII letters and digits.
    case swiftName
    /// `schema:`, the format version.
    case schemaVersion
    /// One of a fixed set of words.
    case choice([String])
    /// A list of values of one shape.
    indirect case list(ValueShape, minimumCount: Int)
    /// A mapping with fixed keys.
    case object(ObjectShape)
    /// A mapping whose keys are ids, language tags or levels, every value of one shape.
    indirect case mapping(keys: KeyShape, values: ValueShape)
    /// Any one of several forms (a short and a long one).
    case oneOf([ValueShape])

    /// The words of a `CaseIterable` enum the decoder reads with ``SchemaDecoder/choice(_:_:)``.
    static func choice<Choice: RawRepresentable & CaseIterable>(_: Choice.Type) -> ValueShape where Choice.RawValue == String {
        .choice(Choice.allCases.map(\.rawValue))
    }

    /// A list of values of one shape, possibly empty.
    static func list(_ element: ValueShape) -> ValueShape { .list(element, minimumCount: 0) }

    static let wholeNumber = ValueShape.wholeNumber(minimum: nil)
    static let number = ValueShape.number(above: nil)
    static let id = ValueShape.id(allowLeadingDigit: false)
    static let editionID = ValueShape.id(allowLeadingDigit: true)
}

/// What the keys of a ``ValueShape/mapping(keys:values:)`` are.
enum KeyShape: Sendable {
    /// Ids (`caseload-size`).
    case id
    /// Data-source codes (`MIS`).
    case code
    /// BCP 47 language tags (`sv-FI`).
    case languageTag
    /// Whole numbers: levels or counts (`1`, `5`).
    case wholeNumber
    /// Any non-empty key (`items.caseload-size.title`).
    case any
}
