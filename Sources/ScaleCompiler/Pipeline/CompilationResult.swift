/// What compiling a scale gives: the scale when there is no error, and every diagnostic.
public struct CompilationResult: Sendable {
    /// The validated scale; nil when any error was found, so nothing is generated from it.
    public var scale: ScaleDefinition?
    /// All findings in file, line and column order.
    public var diagnostics: [Diagnostic]
    /// The scale's input files relative to the scale folder, sorted, for generated headers.
    public var inputPaths: [String]
    /// The freshness of every translation (stale and verified entries).
    public var translations: [TranslationStatus] = []
    /// The prefix of the generated Swift type names: scale.yaml's `swift-name`, or the scale id
    /// in UpperCamelCase (`team-practice` → `TeamPractice`).
    public var swiftName: String?

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
