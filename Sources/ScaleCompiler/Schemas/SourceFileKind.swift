/// The kinds of source file in a scale folder, each with the shape its decoder reads and the
/// name of its JSON Schema.
public enum SourceFileKind: String, CaseIterable, Sendable {
    case scale
    case structure
    case text
    case textSources = "text-sources"
    case relations
    case glossary

    /// The file name of the kind's JSON Schema (`structure.schema.json`).
    public var schemaFileName: String { "\(rawValue).schema.json" }

    /// The kind of the file at `relativePath` in a scale folder, or nil for a file the layout
    /// has no place for.
    public init?(relativePath: String) {
        switch ScaleFileRole(relativePath: relativePath) {
        case .scale: self = .scale
        case .structure: self = .structure
        case .text: self = .text
        case .textSources: self = .textSources
        case .relations: self = .relations
        case .glossary: self = .glossary
        case .unexpected, .ignored: return nil
        }
    }

    /// Where files of this kind sit in a scale folder, for the schema's title.
    var pathPattern: String {
        switch self {
        case .scale: "scale.yaml"
        case .structure: "<edition>/structure.yaml"
        case .text: "<edition>/text.<language>.yaml"
        case .textSources: "<edition>/text.<language>.sources.yaml"
        case .relations: "relations/<from>--<to>.yaml"
        case .glossary: "glossary/<language>.yaml"
        }
    }

    /// The top-level mapping the decoder reads.
    var shape: ObjectShape {
        switch self {
        case .scale: ScaleFileShapes.file
        case .structure: StructureShapes.file
        case .text: TextFileShapes.file
        case .textSources: SourceSnapshotShapes.file
        case .relations: RelationFileShapes.file
        case .glossary: GlossaryShapes.file
        }
    }
}
