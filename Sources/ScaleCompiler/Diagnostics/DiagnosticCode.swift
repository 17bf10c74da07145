/// The stable code of every diagnostic. Codes never change meaning; new ones are added.
///
/// The reference of every code, with an example and its fix, is `Diagnostics.md` in the
/// `scalec` documentation catalogue.
public enum DiagnosticCode: String, Sendable, Hashable, Codable, CaseIterable {
    // Reading files.
    case byteOrderMark = "byte-order-mark"
    case invalidUTF8 = "invalid-utf8"
    case nulByte = "nul-byte"
    case carriageReturn = "carriage-return"
    case unicodeLineBreak = "unicode-line-break"
    case tabIndentation = "tab-indentation"

    // YAML.
    case yamlSyntax = "yaml-syntax"
    case multipleDocuments = "multiple-documents"
    case aliasNotAllowed = "alias-not-allowed"
    case anchorNotAllowed = "anchor-not-allowed"
    case tagNotAllowed = "tag-not-allowed"
    case mergeKeyNotAllowed = "merge-key-not-allowed"
    case complexKey = "complex-key"
    case duplicateKey = "duplicate-key"
    case invalidEscape = "invalid-escape"
    case nestingTooDeep = "nesting-too-deep"
    case limitExceeded = "limit-exceeded"

    // Schema.
    case emptyFile = "empty-file"
    case unsupportedSchema = "unsupported-schema"
    case missingKey = "missing-key"
    case unknownKey = "unknown-key"
    case wrongType = "wrong-type"
    case ambiguousPlainScalar = "ambiguous-plain-scalar"
    case invalidNumber = "invalid-number"
    case invalidID = "invalid-id"
    case invalidValue = "invalid-value"
    case invalidLanguageTag = "invalid-language-tag"

    // Files of a scale.
    case missingFile = "missing-file"
    case unexpectedFile = "unexpected-file"
    case editionMismatch = "edition-mismatch"
    case languageMismatch = "language-mismatch"

    // Structure.
    case duplicateID = "duplicate-id"
    case unknownReference = "unknown-reference"
    case invalidLevelRange = "invalid-level-range"
    case levelOutOfRange = "level-out-of-range"
    case missingLevel = "missing-level"
    case emptyInterval = "empty-interval"
    case thresholdOrder = "threshold-order"
    case undeclaredGap = "undeclared-gap"
    case undeclaredOverlap = "undeclared-overlap"
    case declaredGapNotFound = "declared-gap-not-found"
    case declaredOverlapNotFound = "declared-overlap-not-found"
    case criteriaMapNotTotal = "criteria-map-not-total"
    case criteriaMapDecreasing = "criteria-map-decreasing"
    case bandGap = "band-gap"
    case bandOverlap = "band-overlap"
    case bandOutOfRange = "band-out-of-range"
    /// A score file's level contradicts a cap or floor whose condition it states.
    case levelBreaksRule = "level-breaks-rule"

    // Relations between editions.
    case relationNotTotal = "relation-not-total"
    case levelMapNotTotal = "level-map-not-total"
    case invalidRelation = "invalid-relation"
    case contradictoryRelations = "contradictory-relations"
    /// A drafted relation (`review: pending`) not yet reviewed.
    case relationReviewPending = "relation-review-pending"

    // Text.
    case unknownTextKey = "unknown-text-key"
    case missingText = "missing-text"
    case missingTranslation = "missing-translation"
    case absentButPresent = "absent-but-present"
    case fallbackLoop = "fallback-loop"
    case staleTranslation = "stale-translation"
    case forbiddenTerm = "forbidden-term"

    // Spreadsheets of reviews (CSV).
    case csvSyntax = "csv-syntax"
    case csvUnknownColumn = "csv-unknown-column"
    case csvDuplicateColumn = "csv-duplicate-column"
    case csvExtraField = "csv-extra-field"

    // Translator exchange (XLIFF).
    case xliffInvalid = "xliff-invalid"
    case xliffConflict = "xliff-conflict"
    case xliffInlineMarkup = "xliff-inline-markup"
    case xliffDuplicateUnit = "xliff-duplicate-unit"
    case xliffInitialState = "xliff-initial-state"
}
