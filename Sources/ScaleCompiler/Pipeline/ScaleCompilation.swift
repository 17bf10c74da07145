/// The pipeline: read every file, decode it by the schema, validate the scale as a whole, and
/// build the runtime model. Values in, values and diagnostics out; no I/O.
public enum ScaleCompilation {
    /// - Parameter staleTranslationsAsWarnings: Report stale translations as warnings even where
    ///   scale.yaml makes them errors (for `scalec refresh`, which resolves them).
    public static func compile(_ source: ScaleSource, staleTranslationsAsWarnings: Bool = false) -> CompilationResult {
        var assembly = ScaleAssembly(source: source, staleAsWarnings: staleTranslationsAsWarnings)
        let scale = assembly.run()
        var bag = DiagnosticBag()
        bag.append(contentsOf: assembly.diagnostics)
        let yamlPaths = source.entries.map(\.relativePath).filter { ScaleFileRole(relativePath: $0) != .ignored }
        return CompilationResult(
            scale: bag.hasErrors ? nil : scale, diagnostics: bag.sorted, inputPaths: yamlPaths.sorted(),
            translations: assembly.translationStatuses, swiftName: assembly.swiftName)
    }
}
