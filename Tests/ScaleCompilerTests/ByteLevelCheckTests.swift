import Testing

@testable import ScaleCompiler

/// The id and plain-scalar checks work on bytes for speed; these cases pin what they accept.
@Suite struct ByteLevelCheckTests {
    @Test(arguments: [
        ("caseload-size", false, true), ("a", false, true), ("a1-b2", false, true), ("2008", true, true),
        ("2008", false, false), ("fi-2026", true, true), ("-a", true, false), ("a-", false, false), ("a--b", false, false),
        ("", false, false), ("Caseload", false, false), ("caseLoad", false, false), ("case_load", false, false),
        ("åtgärd", false, false), ("a b", false, false), ("-", true, false),
    ])
    func idsAreLowerCaseWordsJoinedByHyphens(id: String, allowLeadingDigit: Bool, valid: Bool) {
        #expect(IDSyntax.isValid(id, allowLeadingDigit: allowLeadingDigit) == valid)
    }

    @Test(arguments: [
        ("yes", "a boolean"), ("No", "a boolean"), ("FALSE", "a boolean"), ("y", "a boolean"), ("~", "null"), ("Null", "null"),
        ("12", "a number"), ("-1.5", "a number"), ("+.inf", "a number"), (".NaN", "a number"), ("0x1F", "a number"),
        ("1_000", "a number"), ("1e3", "a number"),
    ])
    func trapsAreFound(value: String, reading: String) {
        #expect(PlainScalarTraps.reading(of: value) == reading)
    }

    @Test(arguments: ["yesterday", "Norge", "text", "falsk", "nullable", "-", "x1", "Nivå 3 for punkt", "", "1 eller 2"])
    func proseIsText(value: String) {
        #expect(PlainScalarTraps.reading(of: value) == nil)
    }
}
