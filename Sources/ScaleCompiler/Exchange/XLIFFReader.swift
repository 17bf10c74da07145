/// The units of an XLIFF 2.0 document, read with ``XMLSubsetReader`` (no Foundation): elements
/// are matched by the XLIFF namespace and local name, so a prefixed document reads like one in
/// the default namespace, and elements of other namespaces (tool metadata, modules) are skipped
/// with their content.
public struct XLIFFDocument: Sendable {
    /// The namespace of XLIFF 2.0 (and 2.1) core elements.
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    /// One `<unit>`: its id, its segments' (and ignorables') text joined in order, and the least
    /// advanced state of its segments.
    public struct Unit: Sendable {
        /// The entry key (`items.caseload-size.title`).
        public var id: String
        /// The text of every segment and ignorable source, in order.
        public var source: String
        /// Nil when no segment has a target.
        public var target: String?
        /// The least advanced state of the unit's segments.
        public var state: XLIFFSegmentState
        /// Where the `<unit` start tag is.
        public var location: SourceLocation
    }

    /// `srcLang` as written (nil when absent).
    public var sourceLanguage: String?
    /// `trgLang` as written (nil when absent).
    public var targetLanguage: String?
    /// The `<file>`'s `id`, naming the edition (nil when absent).
    public var fileID: String?
    /// Where `srcLang` is written (the `<xliff>` element when it is absent).
    public var sourceLanguageLocation: SourceLocation
    /// Where `trgLang` is written (the `<xliff>` element when it is absent).
    public var targetLanguageLocation: SourceLocation
    /// Where the `<file>`'s `id` is written (the `<file>` element when it is absent).
    public var fileIDLocation: SourceLocation
    /// The units that read cleanly, in document order. A unit with an error (inline markup, a
    /// duplicate id, targets on only some segments) is reported and left out.
    public var units: [Unit]

    /// The document, or nil with the located reason; with a document, the diagnostics are the
    /// errors of the units left out.
    public static func read(_ file: SourceFile) -> (XLIFFDocument?, [Diagnostic]) {
        let root: XMLSubsetElement
        switch XMLSubsetReader.read(file, sizeLimit: Limits.xliffFileSize) {
        case .success(let element): root = element
        case .failure(let failure): return (nil, [failure.diagnostic])
        }
        let version = root.attribute("version")
        guard root.name == .init(namespace: namespace, local: "xliff"), ["2.0", "2.1"].contains(version?.value) else {
            let found = root.name.namespace.isEmpty ? "" : " in the namespace '\(root.name.namespace)'"
            return (
                nil,
                [
                    .error(
                        .xliffInvalid,
                        "expected an XLIFF 2.0 document (<xliff xmlns=\"\(namespace)\" version=\"2.0\">); found '<\(root.qualifiedName)>'\(found)\(version.map { " version '\($0.value)'" } ?? "")",
                        at: version?.location ?? root.location)
                ]
            )
        }
        let files = root.elements.filter { $0.name == .init(namespace: namespace, local: "file") }
        guard let file = files.first else {
            return (nil, [.error(.xliffInvalid, "the document has no <file>", at: root.location)])
        }
        var diagnostics: [Diagnostic] = []
        if files.count > 1 {
            diagnostics.append(
                .error(
                    .xliffInvalid, "a second <file>: one document carries one edition's texts; its units are not read",
                    at: files[1].location))
        }
        var units = XLIFFUnitReader()
        units.collect(file)
        let source = root.attribute("srcLang")
        let target = root.attribute("trgLang")
        let id = file.attribute("id")
        let document = XLIFFDocument(
            sourceLanguage: source?.value, targetLanguage: target?.value, fileID: id?.value,
            sourceLanguageLocation: source?.location ?? root.location, targetLanguageLocation: target?.location ?? root.location,
            fileIDLocation: id?.location ?? file.location, units: units.finished())
        return (document, diagnostics + units.diagnostics)
    }
}
