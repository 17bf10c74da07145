/// Swift names derived from scale ids.
enum SwiftName {
    /// Keywords that need backticks as identifiers.
    private static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default", "defer",
        "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch", "where",
        "while", "Any", "as", "false", "is", "nil", "self", "Self", "super", "true", "try", "await", "some", "any",
        "Type", "Protocol", "init", "consume", "copy", "discard", "each", "borrowing", "consuming", "sending",
    ]

    /// `caseload-size` → `caseloadSize`; keywords get backticks.
    static func lowerCamel(_ id: String) -> String {
        let words = id.split(separator: "-").map(String.init)
        guard let first = words.first else { return "_" }
        let name = first + words.dropFirst().map(capitalized).joined()
        let safe = name.first?.isNumber == true ? "_" + name : name
        return keywords.contains(safe) ? "`\(safe)`" : safe
    }

    /// `fi-2026` → `Fi2026`.
    static func upperCamel(_ id: String) -> String {
        id.split(separator: "-").map { capitalized(String($0)) }.joined()
    }

    /// `sv-FI` → `svFI`, `nb` → `nb`, `zh-Hant-TW` → `zhHantTW`.
    static func language(_ tag: LanguageTag) -> String {
        let parts = tag.rawValue.split(separator: "-").map(String.init)
        guard let first = parts.first else { return "_" }
        let name = first.lowercased() + parts.dropFirst().joined()
        return keywords.contains(name) ? "`\(name)`" : name
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
