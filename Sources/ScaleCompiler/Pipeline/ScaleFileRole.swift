
/// What a file in a scale folder is, judged by its path.
enum ScaleFileRole: Equatable {
    case scale
    case structure(edition: String)
    case text(edition: String, language: String)
    /// `<edition>/text.<language>.sources.yaml`: the source texts a translation was made from.
    case textSources(edition: String, language: String)
    /// `glossary/<language>.yaml`.
    case glossary(language: String)
    /// `relations/<from>--<to>.yaml`.
    case relations(from: String, to: String)
    /// A YAML file the layout has no place for.
    case unexpected
    /// Not YAML (the target's Swift file, a README): not the compiler's business.
    case ignored

    init(relativePath: String) {
        guard relativePath.hasSuffix(".yaml") || relativePath.hasSuffix(".yml") else {
            self = .ignored
            return
        }
        let parts = relativePath.split(separator: "/").map(String.init)
        switch parts.count {
        case 1 where parts[0] == "scale.yaml":
            self = .scale
        case 2 where parts[0] == "glossary" && parts[1].hasSuffix(".yaml"):
            self = .glossary(language: String(parts[1].dropLast(5)))
        case 2 where parts[0] == "relations" && parts[1].hasSuffix(".yaml"):
            let pair = parts[1].dropLast(5).split(separator: "--", omittingEmptySubsequences: false).map(String.init)
            self = pair.count == 2 ? .relations(from: pair[0], to: pair[1]) : .unexpected
        case 2 where parts[1] == "structure.yaml":
            self = .structure(edition: parts[0])
        case 2 where parts[1].hasPrefix("text.") && parts[1].hasSuffix(".sources.yaml")
            && parts[1].count > "text..sources.yaml".count:
            self = .textSources(edition: parts[0], language: String(parts[1].dropFirst(5).dropLast(13)))
        case 2 where parts[1].hasPrefix("text.") && parts[1].hasSuffix(".yaml") && parts[1].count > "text..yaml".count:
            self = .text(edition: parts[0], language: String(parts[1].dropFirst(5).dropLast(5)))
        default:
            self = .unexpected
        }
    }
}
