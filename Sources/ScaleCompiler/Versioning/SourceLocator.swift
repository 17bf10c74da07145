/// Where things are written in a scale's files: every key of every YAML file by its path of
/// keys, with a sequence element named by its `id:` (or `from:`, for relations) when it has one
/// and by its position otherwise: `sections/staffing/items/caseload-size/measure/levels/1`.
struct SourceLocator: Sendable {
    private var files: [String: [String: SourceLocation]] = [:]

    init(_ source: ScaleSource) {
        for entry in source.entries where ScaleFileRole(relativePath: entry.relativePath) != .ignored {
            guard let root = YAMLReader.read(entry.file).root else { continue }
            var index: [String: SourceLocation] = ["": .init(file: entry.file.path, line: 1, column: 1)]
            Self.collect(root, prefix: "", into: &index)
            files[entry.relativePath] = index
        }
    }

    private static func collect(_ node: YAMLNode, prefix: String, into index: inout [String: SourceLocation]) {
        func join(_ key: String) -> String { prefix.isEmpty ? key : prefix + "/" + key }
        switch node {
        case .scalar: return
        case .mapping(let mapping):
            for entry in mapping.entries {
                let path = join(entry.key.value)
                index[path] = index[path] ?? entry.key.location
                collect(entry.value, prefix: path, into: &index)
            }
        case .sequence(let sequence):
            for (position, element) in sequence.elements.enumerated() {
                let path = join(name(of: element) ?? String(position))
                index[path] = index[path] ?? element.location
                collect(element, prefix: path, into: &index)
            }
        }
    }

    private static func name(of element: YAMLNode) -> String? {
        guard case .mapping(let mapping) = element else { return nil }
        for key in ["id", "from", "to"] {
            if let value = mapping.entries.first(where: { $0.key.value == key })?.value.scalarValue { return value }
        }
        return nil
    }

    /// The location of the deepest part of `path` the file has (the file's start at worst);
    /// nil when there is no such file.
    func locate(_ relativePath: String, _ path: [String]) -> SourceLocation? {
        guard let index = files[relativePath] else { return nil }
        var keys = path
        while true {
            if let location = index[keys.joined(separator: "/")] { return location }
            guard !keys.isEmpty else { return nil }
            keys.removeLast()
        }
    }

    /// The file of a relation between two editions, whichever way it is written.
    func relationFile(_ a: String, _ b: String) -> String {
        let forward = "relations/\(a)--\(b).yaml"
        return files[forward] != nil ? forward : "relations/\(b)--\(a).yaml"
    }

    /// The glossary file of a language.
    func glossaryFile(_ language: LanguageTag) -> String { "glossary/\(language.rawValue).yaml" }
}
