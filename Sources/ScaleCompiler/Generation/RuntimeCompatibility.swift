/// The runtime version marker generated code names (see ScaleRuntime's
/// `GeneratedCodeVersion2_RegenerateIfNotFound`). Bump both together when the generated code
/// needs a runtime change.
enum RuntimeCompatibility {
    static let marker = "GeneratedCodeVersion2_RegenerateIfNotFound"
}
