/// The version of generated code this runtime accepts.
///
/// Generated modules name ``GeneratedCodeVersion2_RegenerateIfNotFound``; a runtime that no
/// longer accepts that code drops the name, so the mismatch is a compile error that says what
/// to do (as swift-protobuf's `ProtobufAPIVersionCheck` does), not a crash at run time.
/// Version 2 code stores each edition's ``ScoringLayout`` and builds texts per language on first
/// use (``EditionDefinition/TextSource``).
public enum GeneratedCodeVersion2_RegenerateIfNotFound {}

/// Code generated for version 1 (texts built with the edition, no stored scoring layout) still
/// compiles and scores correctly against this runtime.
public enum GeneratedCodeVersion1_RegenerateIfNotFound {}
