import Testing

@testable import ScaleCompiler

/// The one escaping function every generated string goes through.
@Suite struct SwiftLiteralTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("sier \"hei\"", #""sier \"hei\"""#),
        (#"C:\sti"#, #""C:\\sti""#),
        (#"\(x)"#, #""\\(x)""#),
        (##"#"raw"#"##, ##""#\"raw\"#""##),
        ("\"\"\"", #""\"\"\"""#),
        ("a\nb\tc\r", #""a\nb\tc\r""#),
        ("æøå ÆØÅ äö", "\"æøå ÆØÅ äö\""),
        ("e\u{301}", "\"e\u{301}\""),
        ("🙂👍🏽", "\"🙂👍🏽\""),
        // The zero-width joiner inside an emoji sequence is invisible, so it is spelled out; the
        // string's value is unchanged.
        ("👩\u{200D}⚕️", "\"👩\\u{200D}⚕️\""),
        ("שלום", "\"שלום\""),
        ("a\u{202E}b", #""a\u{202E}b""#),
        ("nul\0", #""nul\0""#),
        ("*/ //", "\"*/ //\""),
    ])
    func escapes(text: String, literal: String) {
        #expect(SwiftLiteral.string(text) == literal)
    }

    @Test func docLinesCannotBreakTheComment() {
        #expect(SwiftLiteral.docLines("første\nandre \u{2028}linje  ") == ["første", "andre linje"])
    }

    @Test(arguments: ["caseload-size", "default", "self", "job-type-diversity"])
    func swiftNamesAreIdentifiers(id: String) {
        let name = SwiftName.lowerCamel(id)
        #expect(name.first?.isLetter == true || name.hasPrefix("`"))
        #expect(!name.contains("-"))
    }

    @Test func namesEditionsAndLanguages() {
        let ips = GeneratedNames(prefix: "IPSFidelity", scaleID: "ips-fidelity")
        #expect(ips.scale == "IPSFidelityScale")
        #expect(ips.edition("2008") == "IPSFidelity2008")
        #expect(ips.edition("fi-2026") == "IPSFidelityFi2026")
        // Without `swift-name`, the scale id: two scales never share a top-level name.
        let team = GeneratedNames(prefix: nil, scaleID: "team-practice")
        #expect(team.scale == "TeamPracticeScale")
        #expect(team.edition("team-2025") == "TeamPracticeTeam2025")
        #expect(SwiftName.language("sv-FI") == "svFI")
        #expect(SwiftName.lowerCamel("default") == "`default`")
    }
}
