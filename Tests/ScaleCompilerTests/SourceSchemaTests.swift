import Foundation
import GoldenFiles
import Testing

@testable import ScaleCompiler

/// The JSON Schemas of the source files: generated from the decoder's shapes, committed under
/// `Schemas/`, and referenced from every file of `Scales/`. Validation against them by an
/// independent implementation (python `jsonschema`) is in `scripts/test`.
@Suite struct SourceSchemaTests {
    static let root = Golden.packageRoot()

    /// Regenerating gives exactly the committed files (record with SCALE_RECORD_GOLDENS=1).
    @Test(arguments: SourceFileKind.allCases)
    func theCommittedSchemaIsTheGeneratedOne(kind: SourceFileKind) {
        Golden.check(SourceSchemaGenerator.schema(for: kind), named: "../../../Schemas/\(kind.schemaFileName)")
    }

    @Test func theSchemasFolderHoldsOnlyGeneratedSchemas() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Schemas").path)
        #expect(names.sorted() == SourceFileKind.allCases.map(\.schemaFileName).sorted())
    }

    /// Every shape lists its keys once, required keys first (the order "expected one of" prints).
    @Test(arguments: SourceFileKind.allCases)
    func everyShapeListsEachKeyOnceRequiredFirst(kind: SourceFileKind) {
        for shape in Self.shapes(under: kind.shape) {
            let keys = shape.fields.map(\.key)
            #expect(Set(keys).count == keys.count, "\(shape.name) repeats a key")
            #expect(keys == shape.required + shape.optional, "\(shape.name) lists an optional key before a required one")
            #expect(!shape.doc.isEmpty && shape.fields.allSatisfy { !$0.doc.isEmpty }, "\(shape.name) has an undocumented key")
        }
    }

    /// Rules name only keys of their own shape.
    @Test(arguments: SourceFileKind.allCases)
    func rulesNameTheShapesOwnKeys(kind: SourceFileKind) {
        for shape in Self.shapes(under: kind.shape) {
            let keys = Set(shape.fields.map(\.key))
            for rule in shape.rules {
                let named: [String] =
                    switch rule {
                    case .exactlyOne(let list), .atLeastOne(let list): list
                    case .notBoth(let first, let second): [first, second]
                    case .requires(let key, let others): [key] + others
                    case .when(let key, _, let required, let forbidden): [key] + required + forbidden
                    case .onlyWhen(let key, let other, _): [key, other]
                    case .forbidsInner(let key, let inside, _): [key, inside]
                    }
                #expect(keys.isSuperset(of: named), "\(shape.name): a rule names \(Set(named).subtracting(keys))")
            }
        }
    }

    static let decoders: [(file: String, kind: SourceFileKind)] = [
        ("Decoding/ScaleFileSyntax.swift", .scale), ("Decoding/StructureDecoding.swift", .structure),
        ("Decoding/TextFileSyntax.swift", .text), ("Decoding/RelationFileSyntax.swift", .relations),
        ("Translation/Glossary.swift", .glossary), ("Translation/SourceSnapshot.swift", .textSources),
    ]

    /// Every key a decoder looks up (`fields["measure"]`, `levelFields["min"]`) is declared by a
    /// shape of its file, so no key can be read that the schema does not know.
    @Test(arguments: decoders.map(\.file))
    func everyKeyADecoderReadsIsDeclared(file: String) throws {
        let kind = try #require(Self.decoders.first { $0.file == file }?.kind)
        let source = try String(
            contentsOf: Self.root.appendingPathComponent("Sources/ScaleCompiler/\(file)"), encoding: .utf8)
        let lookup = try NSRegularExpression(pattern: #"(?:[Ff]ields|\))\["([a-z-]+)"\]|bound\("([a-z-]+)""#)
        let read = lookup.matches(in: source, range: NSRange(source.startIndex..., in: source)).compactMap { match in
            [1, 2].compactMap { Range(match.range(at: $0), in: source).map { String(source[$0]) } }.first
        }
        let declared = Set(Self.shapes(under: kind.shape).flatMap { $0.fields.map(\.key) })
        #expect(read.count >= 3, "the lookups of \(file) were not found")
        #expect(Set(read).subtracting(declared).isEmpty, "\(file) reads keys no shape declares: \(Set(read).subtracting(declared))")
    }

    static let idSamples = [
        "caseload-size", "a", "a1", "2008", "fi-2026", "Caseload", "caseload--size", "-a", "a-", "", "a_b", "æ", "x-1-y",
        "1a", "A", "zero-exclusion",
    ]

    /// The id patterns accept exactly what `IDSyntax` accepts.
    @Test(arguments: idSamples)
    func idPatternsAgreeWithTheDecoder(sample: String) throws {
        #expect(try Self.matches(Pattern.id, sample) == IDSyntax.isValid(sample))
        #expect(try Self.matches(Pattern.editionID, sample) == IDSyntax.isValid(sample, allowLeadingDigit: true))
    }

    static let tagSamples = [
        "nb", "sv", "sv-FI", "en-GB", "zh-Hant-TW", "sr-Latn-RS", "de-CH-1901", "sl-rozaj-biske", "en-US-x-twain",
        "es-419", "zh-yue-HK", "x-private", "n", "nbb-", "sv_FI", "", "en-GB-", "toolonglanguage", "en-Latn-GB-boont-r-extended",
        "abcd", "en-12", "en-a", "de-1996", "en-GB-oed", "i-klingon",
    ]

    /// The language-tag pattern accepts exactly what `LanguageTagSyntax` accepts.
    @Test(arguments: tagSamples)
    func languageTagPatternAgreesWithTheDecoder(sample: String) throws {
        #expect(try Self.matches(Pattern.languageTag, sample) == (LanguageTagSyntax.problem(in: sample) == nil))
    }

    @Test func plainScalarsAreTypedAsYAML12Core() throws {
        let file = SourceFile(
            path: "t.yaml",
            text: "a: 1\nb: -2.5\nc: \"3\"\nd: yes\ne: true\nf: ~\ng: 08\nh: 1e3\ni: '1.10'\nj: [x, 2]\nk: {1: one}\nl: 0x1F\n")
        let root = try #require(YAMLReader.read(file).root)
        #expect(
            YAMLAsJSON.json(of: root) == """
                {
                  "a": 1,
                  "b": -2.5,
                  "c": "3",
                  "d": "yes",
                  "e": true,
                  "f": null,
                  "g": 8,
                  "h": 1000,
                  "i": "1.10",
                  "j": ["x", 2],
                  "k": {
                    "1": "one"
                  },
                  "l": 31
                }

                """)
    }

    @Test func aRewrittenFileKeepsItsModeline() {
        let trailing = "schema: 1  # yaml-language-server: $schema=../../../Schemas/text-sources.schema.json\nedition: a\n"
        #expect(SchemaModeline.carried(from: trailing, into: "schema: 1\nedition: b\n") == trailing.replacing("edition: a", with: "edition: b"))
        let ownLine = "# yaml-language-server: $schema=s.json\nschema: 1\n"
        #expect(SchemaModeline.carried(from: ownLine, into: "schema: 1\n") == ownLine)
        #expect(SchemaModeline.carried(from: "schema: 1\n", into: "schema: 1\n") == "schema: 1\n")
        #expect(SchemaModeline.carried(from: trailing, into: trailing) == trailing)
        #expect(SchemaModeline.carried(from: "# note\nschema: 1\n", into: "schema: 1\n") == "schema: 1\n")
    }

    /// Every YAML file of the real scale and the example scales points at its kind's schema.
    @Test func everyScaleFileReferencesItsSchema() throws {
        var checked = 0
        for folder in ["Scales/ips-fidelity", "Examples/consumer/Sources/TeamScale", "Examples/consumer/Sources/WardScale"] {
            let base = Self.root.appendingPathComponent(folder)
            let enumerator = try #require(FileManager.default.enumerator(atPath: base.path))
            for case let relative as String in enumerator where relative.hasSuffix(".yaml") {
                let kind = try #require(SourceFileKind(relativePath: relative), "\(folder)/\(relative)")
                let text = try String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8)
                let modeline = try #require(SchemaModeline.find(in: text), "\(folder)/\(relative) has no modeline")
                let target = String(modeline.comment.split(separator: "=", maxSplits: 1).last ?? "")
                let schema = base.appendingPathComponent(relative).deletingLastPathComponent().appendingPathComponent(target)
                #expect(schema.standardizedFileURL == Self.root.appendingPathComponent("Schemas/\(kind.schemaFileName)").standardizedFileURL)
                checked += 1
            }
        }
        #expect(checked >= 17)
    }

    static func matches(_ pattern: String, _ text: String) throws -> Bool {
        let regex = try NSRegularExpression(pattern: pattern)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The shape and every object shape under it.
    static func shapes(under root: ObjectShape) -> [ObjectShape] {
        var result = [root]
        var index = 0
        while index < result.count {
            for field in result[index].fields {
                for shape in objects(in: field.value) where !result.contains(where: { $0.name == shape.name }) { result.append(shape) }
            }
            index += 1
        }
        return result
    }

    private static func objects(in value: ValueShape) -> [ObjectShape] {
        switch value {
        case .object(let shape): [shape]
        case .list(let element, _): objects(in: element)
        case .mapping(_, let values): objects(in: values)
        case .oneOf(let forms): forms.flatMap(objects(in:))
        case .text, .id, .code, .wholeNumber, .number, .boolean, .languageTag, .swiftName, .schemaVersion, .choice: []
        }
    }
}
