/// The form of ids: lower-case ASCII letters and digits in hyphen-separated words.
enum IDSyntax {
    static func isValid(_ id: String, allowLeadingDigit: Bool = false) -> Bool {
        // On bytes: ids are checked for every key of every file.
        guard let first = id.utf8.first, allowLeadingDigit || isLowercaseLetter(first) else { return false }
        var afterHyphen = true
        for byte in id.utf8 {
            if byte == UInt8(ascii: "-") {
                if afterHyphen { return false }
                afterHyphen = true
            } else if isLowercaseLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                afterHyphen = false
            } else {
                return false
            }
        }
        return !afterHyphen
    }

    private static func isLowercaseLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }

    /// A valid id close to `text` (`Caseload_Size` → `caseload-size`), if one can be made.
    static func slug(from text: String) -> String? {
        let mapped = text.lowercased().map { $0.isASCIIAlphanumeric ? $0 : "-" }
        let words = String(mapped).split(separator: "-")
        let slug = words.joined(separator: "-")
        return isValid(slug) && slug != text ? slug : nil
    }
}
