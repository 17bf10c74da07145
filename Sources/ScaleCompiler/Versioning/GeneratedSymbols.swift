/// The public names the generated module declares for a scale, computed from the model the way
/// the generator names them (``GeneratedNames``, ``SwiftName``), so a diff can say which
/// symbols an edit adds and removes without generating or parsing Swift.
enum GeneratedSymbols {
    static func of(_ scale: ScaleDefinition, swiftName: String?) -> Set<String> {
        let names = GeneratedNames(prefix: swiftName, scaleID: scale.id)
        var symbols: Set<String> = [names.scale]
        for edition in scale.editions {
            let namespace = names.edition(edition.id)
            symbols.insert(namespace)
            for item in edition.items {
                symbols.insert("\(namespace).Item.\(SwiftName.lowerCamel(item.id))")
                if case .criteria(let rule) = item.kind {
                    for criterion in rule.criteria {
                        symbols.insert("\(namespace).Criterion.\(SwiftName.lowerCamel(item.id)).\(SwiftName.lowerCamel(criterion))")
                    }
                }
                for cap in item.caps {
                    symbols.insert("\(namespace).Condition.\(SwiftName.lowerCamel(item.id)).\(SwiftName.lowerCamel(cap.condition))")
                }
            }
            for section in edition.sections { symbols.insert("\(namespace).Section.\(SwiftName.lowerCamel(section.id))") }
            for band in edition.bands { symbols.insert("\(namespace).Band.\(SwiftName.lowerCamel(band.id))") }
            for language in edition.languages { symbols.insert("\(namespace).Language.\(SwiftName.language(language))") }
        }
        return symbols
    }
}
