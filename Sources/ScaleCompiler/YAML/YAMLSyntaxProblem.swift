/// Every problem libyaml 0.2 reports that a scale file can meet, by libyaml's own words (the raw
/// value, as in libyaml's `src/reader.c`, `scanner.c` and `parser.c`).
///
/// Each problem gets a message in plain words, the location of its real cause and, where the
/// edit is certain, a fix-it (``YAMLSyntaxExplanation``); the reference table is "YAML syntax
/// errors" in `Diagnostics.md`. A problem not listed here keeps libyaml's words.
enum YAMLSyntaxProblem: String, CaseIterable, Sendable {
    // Text that YAML reads as structure.
    case mappingValuesNotAllowed = "mapping values are not allowed in this context"
    case mappingKeysNotAllowed = "mapping keys are not allowed in this context"
    case blockSequenceEntriesNotAllowed = "block sequence entries are not allowed in this context"
    case characterCannotStartToken = "found character that cannot start any token"
    case anchorOrAliasName = "did not find expected alphabetic or numeric character"
    case colonBeforeFlowIndicator = "found unexpected ':'"
    /// Also a directive with text after it (told apart by libyaml's context).
    case textAfterBlockIndicator = "did not find expected comment or line break"
    case indentationIndicatorZero = "found an indentation indicator equal to 0"

    // Keys and indentation.
    case missingColon = "could not find expected ':'"
    case expectedKey = "did not find expected key"
    case expectedListEntry = "did not find expected '-' indicator"
    case tabViolatesIndentation = "found a tab character that violates indentation"
    case tabInBlockScalarIndentation = "found a tab character where an indentation space is expected"

    // Quotes and escapes.
    case endOfStreamInQuotes = "found unexpected end of stream"
    case documentIndicatorInQuotes = "found unexpected document indicator"
    case unknownEscape = "found unknown escape character"
    case shortHexEscape = "did not find expected hexdecimal number"
    case invalidUnicodeEscape = "found invalid Unicode character escape code"

    // Flow collections (`[…]`, `{…}`).
    case expectedFlowSequenceEnd = "did not find expected ',' or ']'"
    case expectedFlowMappingEnd = "did not find expected ',' or '}'"
    case expectedNodeContent = "did not find expected node content"

    // Tags.
    case undefinedTagHandle = "found undefined tag handle"
    case tagClosingBracket = "did not find the expected '>'"
    case tagURI = "did not find expected tag URI"
    case tagEscapedOctet = "did not find URI escaped octet"
    case tagLeadingOctet = "found an incorrect leading UTF-8 octet"
    case tagTrailingOctet = "found an incorrect trailing UTF-8 octet"
    /// Also a `%TAG` directive's handle.
    case tagHandleBang = "did not find expected '!'"
    /// Also a `%TAG` directive's end.
    case tagEnd = "did not find expected whitespace or line break"

    // Documents and directives.
    case expectedDocumentStart = "did not find expected <document start>"
    case unknownDirective = "found unknown directive name"
    case directiveName = "could not find expected directive name"
    case directiveNameCharacter = "found unexpected non-alphabetical character"
    case versionSeparator = "did not find expected digit or '.' character"
    case versionTooLong = "found extremely long version number"
    case versionNumber = "did not find expected version number"
    case tagDirectiveWhitespace = "did not find expected whitespace"
    case duplicateVersionDirective = "found duplicate %YAML directive"
    case incompatibleVersion = "found incompatible YAML document"
    case duplicateTagDirective = "found duplicate %TAG directive"

    // Characters (libyaml's reader; `InputScreening` catches the encoding problems first).
    case controlCharacter = "control characters are not allowed"
    case invalidLeadingOctet = "invalid leading UTF-8 octet"
    case invalidTrailingOctet = "invalid trailing UTF-8 octet"
    case incompleteUTF8 = "incomplete UTF-8 octet sequence"
    case invalidUTF8Length = "invalid length of a UTF-8 sequence"
    case invalidUnicodeCharacter = "invalid Unicode character"
    case inputTooLong = "input is too long"

    /// The problems whose libyaml context names a directive (`%YAML`, `%TAG`), whatever the words.
    static func isDirectiveContext(_ context: String?) -> Bool {
        guard let context else { return false }
        return context.contains("directive")
    }
}
