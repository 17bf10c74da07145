/// `scale.yaml` as written.
struct ScaleFileSyntax {
    struct EditionEntry {
        var id: Located<String>
        /// Nil when the tag was malformed (already reported).
        var sourceLanguage: Located<String>?
    }

    var id: Located<String>
    /// The prefix of the generated Swift types (`swift-name: IPSFidelity`), when given.
    var swiftName: Located<String>?
    var editions: [EditionEntry]
    /// Declared text fallbacks (`sv-FI: sv`), in file order.
    var fallbacks: [(from: Located<String>, to: Located<String>)]
    /// How stale translations are reported, per language (`warning` unless configured).
    var staleSeverity: [String: Located<Diagnostic.Severity>]
}

extension SchemaDecoder {
    mutating func decodeScaleFile(_ root: YAMLNode) -> ScaleFileSyntax? {
        guard let mapping = self.mapping(root, "scale.yaml") else { return nil }
        let fields = self.fields(mapping, "scale.yaml", ScaleFileShapes.file)
        guard checkSchema(fields["schema"]) else { return nil }
        let scaleID = fields["id"].flatMap { id($0, "scale id") }
        let swiftName = fields["swift-name"].flatMap { swiftTypePrefix($0) }
        var editions: [ScaleFileSyntax.EditionEntry] = []
        if let node = fields["editions"], let list = self.sequence(node, "editions") {
            if list.isEmpty { error(.missingKey, "a scale needs at least one edition", at: node.location) }
            for element in list {
                guard let entry = self.mapping(element, "an edition") else { continue }
                let entryFields = self.fields(entry, "edition", ScaleFileShapes.edition)
                let language = entryFields["source-language"].flatMap { languageTag($0) }
                if let editionID = entryFields["id"].flatMap({ id($0, "edition id", allowLeadingDigit: true) }) {
                    editions.append(.init(id: editionID, sourceLanguage: language))
                }
            }
        }
        var fallbacks: [(from: Located<String>, to: Located<String>)] = []
        if let node = fields["fallbacks"], let map = self.mapping(node, "fallbacks") {
            for entry in map.entries {
                if let from = languageTag(.scalar(entry.key)), let to = languageTag(entry.value) { fallbacks.append((from, to)) }
            }
        }
        var staleSeverity: [String: Located<Diagnostic.Severity>] = [:]
        if let node = fields["translations"], let map = self.mapping(node, "translations") {
            for entry in map.entries {
                guard let language = languageTag(.scalar(entry.key)), let settings = self.mapping(entry.value, "translation settings")
                else { continue }
                let settingFields = self.fields(settings, "translation settings", ScaleFileShapes.translationSettings)
                if let stale: Located<StaleSeverity> = settingFields["stale"].flatMap({ choice($0, "severity") }) {
                    staleSeverity[language.value] = Located(stale.value == .error ? .error : .warning, at: stale.location)
                }
            }
        }
        // Without an `editions:` key (missing or misspelt, each already reported) there is
        // nothing to assemble; going on would report every edition folder as unlisted.
        guard let scaleID, fields["editions"] != nil else { return nil }
        return ScaleFileSyntax(id: scaleID, swiftName: swiftName, editions: editions, fallbacks: fallbacks, staleSeverity: staleSeverity)
    }
}

/// The severities a translation setting may choose.
enum StaleSeverity: String, CaseIterable, Sendable, Hashable { case warning, error }

extension SchemaDecoder {
    /// `swift-name`: an UpperCamelCase Swift identifier of ASCII letters and digits, at most 40
    /// characters, so every generated type name (`<name>Scale`, `<name>2008`) is valid and short.
    mutating func swiftTypePrefix(_ node: YAMLNode) -> Located<String>? {
        guard let scalar = scalar(node, "swift-name") else { return nil }
        let value = scalar.value
        let scalars = value.unicodeScalars
        let valid =
            (1...40).contains(scalars.count) && scalars.first.map { ("A"..."Z").contains($0) } == true
            && scalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        guard valid else {
            let words = value.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
            let suggestion = SwiftName.upperCamel(words.joined(separator: "-"))
            let fixable = suggestion.first.map { $0.isASCII && $0.isUppercase } == true && suggestion.count <= 40
            error(
                .invalidValue,
                "'swift-name' must be an UpperCamelCase Swift name of ASCII letters and digits (at most 40), such as 'IPSFidelity'",
                at: scalar.location,
                fixIts: fixable ? [.init(at: scalar.location, length: scalar.sourceLength, replacement: suggestion)] : [])
            return nil
        }
        return Located(value, at: scalar.location)
    }
}
