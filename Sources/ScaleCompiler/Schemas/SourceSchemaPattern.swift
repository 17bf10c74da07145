/// The regular expressions of the generated schemas, written to accept what ``IDSyntax`` and
/// ``LanguageTagSyntax`` accept (a test checks them against the real files and the corpus).
enum Pattern {
    /// ``IDSyntax/isValid(_:allowLeadingDigit:)`` without a leading digit.
    static let id = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
    /// Edition ids, which may start with a digit (`2008`).
    static let editionID = "^[a-z0-9]+(-[a-z0-9]+)*$"
    /// Data-source codes: an id, or ASCII letters, digits and hyphens starting with a letter (`MIS`).
    static let code = "^[A-Za-z][A-Za-z0-9-]*$"
    /// `swift-name`: UpperCamelCase ASCII letters and digits, at most 40.
    static let swiftName = "^[A-Z][A-Za-z0-9]{0,39}$"
    /// Level and count keys.
    static let wholeNumber = "^-?[0-9]+$"
    /// RFC 5646 §2.1 as ``LanguageTagSyntax`` checks it: language (2–3 or 5–8 letters), extlang,
    /// script, region, variants, then extensions or private use, which are not checked further.
    static let languageTag =
        "^([A-Za-z]{2,3}|[A-Za-z]{5,8})(-[A-Za-z]{3})?(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?"
        + "(-([A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(-[A-Za-z0-9](-[A-Za-z0-9]{1,8})*)?$"
}
