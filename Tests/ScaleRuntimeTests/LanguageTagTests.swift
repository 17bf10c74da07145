import Testing

@testable import ScaleRuntime

/// Tags are cased on bytes when ASCII; the result is BCP 47's conventional case either way.
@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("SV-fi", "sv-FI"), ("zh-hant-tw", "zh-Hant-TW"), ("EN", "en"), ("sv-FI", "sv-FI"), ("de-1996", "de-1996"),
        ("x-PRIVATE", "x-private"), ("nb", "nb"), ("-", "-"), ("", ""), ("sr-LATN-rs", "sr-Latn-RS"), ("en-a1", "en-a1"),
        ("ÅL-fi", "ål-FI"),
    ])
    func tagsTakeTheConventionalCase(tag: String, expected: String) {
        #expect(LanguageTag(tag).rawValue == expected)
    }
}
