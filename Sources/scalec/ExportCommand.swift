import ArgumentParser
import ScaleCompiler

/// What `scalec export` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    /// The edition with its texts (`Schemas/edition-export.schema.json`).
    case json
    /// The edition as a FHIR Questionnaire, R4B or R5 (`--fhir-version`).
    case fhirQuestionnaire = "fhir-questionnaire"
    /// The relations `--from` one edition `--to` another as an R5 ConceptMap.
    case fhirConceptMap = "fhir-conceptmap"
    /// The same ConceptMap in R4B.
    case fhirConceptMapR4 = "fhir-conceptmap-r4"

    /// The ConceptMap formats, which take `--from` and `--to` instead of `--edition`.
    var isConceptMap: Bool { self == .fhirConceptMap || self == .fhirConceptMapR4 }
}

/// `scalec export <scale-dir> --edition <id> [--language <tag>] [--format …] [-o file]`: the
/// edition as JSON, a FHIR Questionnaire, or the relations between two editions as a FHIR
/// ConceptMap.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Print an edition with its texts as JSON, a FHIR Questionnaire or a FHIR ConceptMap.",
        discussion: """
            json (the default) follows the JSON Schema in Sources/scalec/Schemas/edition-export.schema.json. \
            fhir-questionnaire writes the edition as a FHIR Questionnaire (R4B, or R5 with --fhir-version r5) \
            with the texts of the other languages as translation extensions. fhir-conceptmap (R5) and \
            fhir-conceptmap-r4 (R4B) write the relations --from one edition --to another, items and levels. \
            The mapping is in Sources/scalec/Documentation.docc/FHIR.md.
            """)

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(help: "The edition to export (default: the only edition).")
    var edition: String?

    @Option(help: "The language of the texts (default: the edition's source language). For a Questionnaire, the language of text and display; the others become translations.")
    var language: String?

    @Option(help: "What to write (see above).")
    var format: ExportFormat = .json

    @Option(help: "The FHIR release of a Questionnaire (default: r4b).")
    var fhirVersion: FHIRVersion?

    @Option(help: "The ConceptMap's source edition.")
    var from: String?

    @Option(help: "The ConceptMap's target edition.")
    var to: String?

    @Option(help: "The base of the canonical URLs (default: urn:scale:<scale>:<edition>); <base>/<scale>/<edition> with it.")
    var baseURL: String?

    @Option(help: "The FHIR status of the resource (default: draft).")
    var status: FHIRStatus?

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    /// Options that make no sense together are usage errors naming the option.
    func validate() throws {
        let format = "--format \(self.format.rawValue)"
        if !self.format.isConceptMap {
            if from != nil || to != nil {
                throw ValidationError("\(from != nil ? "--from" : "--to") names a ConceptMap's edition: use it with --format fhir-conceptmap or fhir-conceptmap-r4 (\(format) exports one --edition)")
            }
        }
        switch self.format {
        case .json:
            for (name, given) in [("--fhir-version", fhirVersion != nil), ("--base-url", baseURL != nil), ("--status", status != nil)] where given {
                throw ValidationError("\(name) applies to the FHIR formats (--format fhir-questionnaire, fhir-conceptmap, fhir-conceptmap-r4), not to \(format)")
            }
        case .fhirQuestionnaire:
            break
        case .fhirConceptMap, .fhirConceptMapR4:
            if edition != nil { throw ValidationError("--edition does not apply to \(format): name the two editions with --from and --to") }
            if language != nil { throw ValidationError("--language does not apply to \(format): a ConceptMap shows each edition in its source language") }
            if let fhirVersion {
                throw ValidationError("--fhir-version \(fhirVersion.rawValue) does not apply to \(format): fhir-conceptmap is R5, fhir-conceptmap-r4 is R4B")
            }
            guard let from, let to else {
                throw ValidationError("\(format) needs --from and --to: the editions the relations lead from and to (missing \(from == nil ? "--from" : "--to"))")
            }
            if from == to { throw ValidationError("--from and --to both name '\(Console.printable(from))': a ConceptMap relates two editions") }
        }
    }

    func run() throws {
        let (scale, _) = try CompiledScale.load(scaleDirectory)
        let text: String
        switch format {
        case .json:
            let chosen = try CompiledScale.edition(edition, in: scale)
            let language = try CompiledScale.language(language, in: chosen)
            text = JSONOutput.encode(EditionExport(scale: scale, edition: chosen, language: language))
        case .fhirQuestionnaire:
            let chosen = try CompiledScale.edition(edition, in: scale)
            let language = try CompiledScale.language(language, in: chosen)
            text = FHIRQuestionnaire(
                scale: scale, edition: chosen, language: language, version: fhirVersion ?? .r4b, status: status ?? .draft,
                naming: try FHIRNaming(scale: scale.id, baseURL: baseURL)
            ).json
        case .fhirConceptMap, .fhirConceptMapR4:
            let source = try Self.edition(from, option: "--from", in: scale)
            let target = try Self.edition(to, option: "--to", in: scale)
            guard scale.editionChain(from: source.id, to: target.id) != nil else {
                throw ValidationError("no relations connect '\(source.id)' and '\(target.id)': add relations/\(source.id)--\(target.id).yaml to the scale")
            }
            text = FHIRConceptMap(
                scale: scale, from: source, to: target, version: format == .fhirConceptMap ? .r5 : .r4b, status: status ?? .draft,
                naming: try FHIRNaming(scale: scale.id, baseURL: baseURL)
            ).json
        }
        try OutputFile.writeUserOutput(text, to: output, protecting: scaleDirectory)
    }

    /// The edition an option names, with the option in the error (and a did-you-mean).
    private static func edition(_ id: String?, option: String, in scale: ScaleDefinition) throws -> EditionDefinition {
        do { return try CompiledScale.edition(id, in: scale) } catch let error as ValidationError {
            throw ValidationError("\(option): \(error.message)")
        }
    }
}
