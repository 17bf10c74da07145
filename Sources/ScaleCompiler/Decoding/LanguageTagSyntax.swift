/// Well-formedness of BCP 47 language tags (RFC 5646 §2.1), without the registry lookup.
public enum LanguageTagSyntax {
    /// Why a tag is malformed, or nil when it is well formed.
    public static func problem(in tag: String) -> String? {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let language = subtags.first, !language.isEmpty else { return "the tag is empty" }
        if tag.contains("_") { return "subtags are separated by '-', not '_'" }
        guard subtags.allSatisfy({ !$0.isEmpty && $0.count <= 8 && $0.allSatisfy(\.isASCIIAlphanumeric) }) else {
            return "subtags are 1–8 ASCII letters or digits separated by single '-'"
        }
        guard (2...3).contains(language.count) || (5...8).contains(language.count),
            language.allSatisfy(\.isASCIILetter)
        else { return "the language subtag '\(language)' must be 2–3 (or 5–8) letters" }
        var index = 1
        if index < subtags.count, subtags[index].count == 3, subtags[index].allSatisfy(\.isASCIILetter) {
            index += 1  // extlang
        }
        if index < subtags.count, subtags[index].count == 4, subtags[index].allSatisfy(\.isASCIILetter) {
            index += 1  // script
        }
        if index < subtags.count {
            let region = subtags[index]
            if (region.count == 2 && region.allSatisfy(\.isASCIILetter))
                || (region.count == 3 && region.allSatisfy(\.isASCIIDigit))
            {
                index += 1
            }
        }
        while index < subtags.count {
            let subtag = subtags[index]
            let isVariant =
                (5...8).contains(subtag.count) || (subtag.count == 4 && subtag.first?.isASCIIDigit == true)
            if isVariant {
                index += 1
                continue
            }
            if subtag.count == 1 { return nil }  // extensions and private use are not checked further
            return "'\(subtag)' is not a valid script, region or variant subtag"
        }
        return nil
    }
}

extension Character {
    var isASCIILetter: Bool { isASCII && isLetter }
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }
}
