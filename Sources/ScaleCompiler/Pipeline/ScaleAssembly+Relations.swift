// The relation files between editions, decoded and validated against both editions.
extension ScaleAssembly {
    mutating func assembleRelations(
        _ files: [(from: String, to: String, entry: ScaleSource.Entry)], editions: [EditionDefinition],
        listed: Set<String>
    ) -> ([ItemRelation], [ItemRelation: SourceLocation]) {
        var relations: [ItemRelation] = []
        var locations: [ItemRelation: SourceLocation] = [:]
        var pairs: [Set<String>: String] = [:]
        for file in files {
            let pair: Set<String> = [file.from, file.to]
            if let first = pairs[pair] {
                diagnostics.append(
                    .error(
                        .duplicateID, "a second relation file for \(file.from) and \(file.to); the first is \(first)",
                        at: .init(file: file.entry.file.path, line: 1, column: 1)))
                continue
            }
            pairs[pair] = file.entry.relativePath
            var decoder = SchemaDecoder()
            let syntax = read(file.entry).flatMap { decoder.decodeRelationFile($0) }
            diagnostics += decoder.diagnostics
            guard let syntax else { continue }
            var validator = RelationValidator(
                syntax: syntax, fileFrom: file.from, fileTo: file.to, editions: editions, listed: listed)
            let built = validator.run()
            diagnostics += validator.diagnostics
            for (relation, location) in zip(built, validator.locations) { locations[relation] = location }
            relations += built
        }
        return (relations, locations)
    }
}
