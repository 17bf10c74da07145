/// One side of a diff: a compiled scale, its generated-name prefix, and where its parts are
/// written in its files.
public struct ScaleVersion: Sendable {
    /// The compiled scale.
    public var scale: ScaleDefinition
    /// scale.yaml's `swift-name`, if any.
    public var swiftName: String?
    let locator: SourceLocator

    /// A version from a successful compilation of `source`.
    public init(scale: ScaleDefinition, swiftName: String?, source: ScaleSource) {
        self.scale = scale
        self.swiftName = swiftName
        locator = SourceLocator(source)
    }
}
