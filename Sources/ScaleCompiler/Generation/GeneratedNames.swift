/// The top-level names one scale's generated module declares, all derived from one prefix so two
/// scales in one app never collide: `IPSFidelityScale`, `IPSFidelity2008`, `IPSFidelityFi2026`.
struct GeneratedNames {
    /// scale.yaml's `swift-name`, or the scale id in UpperCamelCase.
    let prefix: String

    init(prefix: String?, scaleID: String) {
        self.prefix = prefix ?? SwiftName.upperCamel(scaleID)
    }

    /// The namespace of the whole scale (its definition and relations).
    var scale: String { prefix + "Scale" }

    /// The namespace of one edition: `2008` → `IPSFidelity2008`.
    func edition(_ id: String) -> String { prefix + SwiftName.upperCamel(id) }
}
