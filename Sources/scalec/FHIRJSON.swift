import ArgumentParser
import ScaleCompiler

/// A JSON value for the FHIR exports, built field by field and encoded by `JSONOutput` with
/// sorted keys, so the same scale always gives the same bytes.
///
/// FHIR JSON needs keys that Codable structs make awkward (`_text`, `valueCoding` beside
/// `valueDecimal`, a version's own names), so the resources are assembled from these values.
enum FHIRJSON: Encodable, Equatable, Sendable {
    /// A JSON string.
    case string(String)
    /// A JSON number without a fraction (levels and scores).
    case int(Int)
    /// `true` or `false`.
    case bool(Bool)
    /// A JSON array, in the given order.
    case array([FHIRJSON])
    /// A JSON object; its keys are sorted when encoded.
    case object([String: FHIRJSON])

    /// An object from its fields in writing order; a nil field, an empty array and an empty
    /// object are left out (FHIR forbids empty elements).
    static func fields(_ fields: KeyValuePairs<String, FHIRJSON?>) -> FHIRJSON {
        var result: [String: FHIRJSON] = [:]
        for (key, value) in fields {
            guard let value, !value.isEmpty else { continue }
            result[key] = value
        }
        return .object(result)
    }

    /// A string field that is left out when there is no text (FHIR strings are never empty).
    static func text(_ value: String?) -> FHIRJSON? {
        guard let value, !value.allSatisfy(\.isWhitespace) else { return nil }
        return .string(value)
    }

    /// An array field that is left out when it has no elements.
    static func list(_ values: [FHIRJSON]) -> FHIRJSON? { values.isEmpty ? nil : .array(values) }

    /// Empty arrays and objects, which FHIR does not allow.
    var isEmpty: Bool {
        switch self {
        case .array(let values): values.isEmpty
        case .object(let fields): fields.isEmpty
        case .string, .int, .bool: false
        }
    }

    /// Encodes the value as plain JSON.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .int(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .bool(let value):
            var container = encoder.singleValueContainer()
            try container.encode(value)
        case .array(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try container.encode(value) }
        case .object(let fields):
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in fields { try container.encode(value, forKey: Key(key)) }
        }
    }

    /// Any string as a coding key.
    private struct Key: CodingKey {
        /// The key.
        var stringValue: String
        /// Never an index.
        var intValue: Int? { nil }
        /// The key `string`.
        init(_ string: String) { stringValue = string }
        /// The key `stringValue`.
        init?(stringValue: String) { self.stringValue = stringValue }
        /// Keys are never indices.
        init?(intValue: Int) { nil }
    }
}

/// The FHIR release a resource is written for.
enum FHIRVersion: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// FHIR R4B (4.3.0), the default: what most servers and form tools read today.
    case r4b
    /// FHIR R5 (5.0.0).
    case r5
}

/// `--status` of an exported resource (FHIR's publication status).
enum FHIRStatus: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Not ready for use (the default).
    case draft
    /// Ready for use.
    case active
    /// Withdrawn.
    case retired
    /// The publisher does not say.
    case unknown
}

/// The canonical URLs and code-system URIs of a scale's FHIR resources.
///
/// Without `--base-url` they are URNs: `urn:scale:<scale>:<edition>` for an edition, with
/// `:items` and `:levels` for its code systems. With `--base-url https://example.org/fhir` they
/// are `https://example.org/fhir/<scale>/<edition>`, `…/items` and `…/levels`.
struct FHIRNaming: Sendable {
    /// The scale's id.
    var scale: String
    /// `--base-url` without a trailing slash, or nil for URNs.
    var baseURL: String?

    /// A base URL, which must be absolute (`https://…`, `urn:…`) and hold no spaces.
    init(scale: String, baseURL: String?) throws {
        self.scale = scale
        guard var base = baseURL else {
            self.baseURL = nil
            return
        }
        while base.hasSuffix("/") { base.removeLast() }
        let scheme = base.prefix { $0 != ":" }
        guard base.contains(":"), !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
              scheme.first?.isLetter == true, !base.contains(where: { $0.isWhitespace || $0.isNewline })
        else {
            throw ValidationError("--base-url '\(Console.printable(baseURL ?? ""))' is not an absolute URL (like https://example.org/fhir)")
        }
        self.baseURL = base
    }

    /// `urn:scale:ips-fidelity:2008`, or `<base>/ips-fidelity/2008`: the Questionnaire's url.
    func edition(_ edition: String) -> String { join([scale, edition]) }

    /// The code system of an edition's item ids (a Questionnaire item's `code`).
    func items(_ edition: String) -> String { join([scale, edition, "items"]) }

    /// The code system of an edition's levels (an answerOption's `valueCoding.system`).
    func levels(_ edition: String) -> String { join([scale, edition, "levels"]) }

    /// The ConceptMap's url: `urn:scale:ips-fidelity:2008--fi-2026`.
    func conceptMap(from: String, to: String) -> String { join([scale, "\(from)--\(to)"]) }

    /// The parts after `urn:scale:` (joined by `:`) or after the base URL (joined by `/`).
    private func join(_ parts: [String]) -> String {
        guard let baseURL else { return "urn:scale:" + parts.joined(separator: ":") }
        return baseURL + "/" + parts.joined(separator: "/")
    }

    /// A computable name (`IpsFidelity2008`): FHIR asks for `[A-Z][A-Za-z0-9_]*`.
    static func computableName(_ parts: [String]) -> String {
        let words = parts.flatMap { $0.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) } }
        let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        guard let first = name.first, first.isLetter else { return "Scale" + name }
        return name
    }
}

/// The translation extension FHIR puts on a primitive's `_element`.
enum FHIRTranslation {
    /// `http://hl7.org/fhir/StructureDefinition/translation`.
    static let url = "http://hl7.org/fhir/StructureDefinition/translation"

    /// `{"extension": [{"url": translation, "extension": [lang, content]}, …]}` for the
    /// languages that have their own text, or nil when none has.
    static func element(_ translations: [(language: LanguageTag, text: String)]) -> FHIRJSON? {
        guard !translations.isEmpty else { return nil }
        return .object([
            "extension": .array(translations.map { translation in
                .object([
                    "url": .string(url),
                    "extension": .array([
                        .object(["url": .string("lang"), "valueCode": .string(translation.language.rawValue)]),
                        .object(["url": .string("content"), "valueString": .string(translation.text)]),
                    ]),
                ])
            })
        ])
    }
}
