/// The pipeline: read every file, decode it by the schema, validate the scale as a whole, and
/// build the runtime model. Values in, values and diagnostics out; no I/O.
public enum ScaleCompilation {
    public static func compile(_ source: ScaleSource) -> CompilationResult {
        var assembly = ScaleAssembly(source: source)
        let scale = assembly.run()
        var bag = DiagnosticBag()
        bag.append(contentsOf: assembly.diagnostics)
        let yamlPaths = source.entries.map(\.relativePath).filter { ScaleFileRole(relativePath: $0) != .ignored }
        return CompilationResult(
            scale: bag.hasErrors ? nil : scale, diagnostics: bag.sorted, inputPaths: yamlPaths.sorted())
    }
}
