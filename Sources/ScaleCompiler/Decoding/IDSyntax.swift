/// The form of ids: lower-case ASCII letters and digits in hyphen-separated words.
enum IDSyntax {
    static func isValid(_ id: String, allowLeadingDigit: Bool = false) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = id.first, allowLeadingDigit || first.isASCIILetter else { return false }
        return words.allSatisfy { word in
            !word.isEmpty && word.allSatisfy { $0.isASCIIDigit || ($0.isASCIILetter && $0.isLowercase) }
        }
    }

    /// A valid id close to `text` (`Caseload_Size` → `caseload-size`), if one can be made.
    static func slug(from text: String) -> String? {
        let mapped = text.lowercased().map { $0.isASCIIAlphanumeric ? $0 : "-" }
        let words = String(mapped).split(separator: "-")
        let slug = words.joined(separator: "-")
        return isValid(slug) && slug != text ? slug : nil
    }
}
