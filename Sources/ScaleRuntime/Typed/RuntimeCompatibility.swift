/// The version of generated code this runtime accepts.
///
/// Generated modules name ``GeneratedCodeVersion1_RegenerateIfNotFound``; a runtime that no
/// longer accepts that code drops the name, so the mismatch is a compile error that says what
/// to do (as swift-protobuf's `ProtobufAPIVersionCheck` does), not a crash at run time.
public enum GeneratedCodeVersion1_RegenerateIfNotFound {}
