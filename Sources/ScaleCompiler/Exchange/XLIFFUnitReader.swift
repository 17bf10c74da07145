/// Collects the `<unit>`s of a `<file>` (inside `<group>`s too): each unit's segments and
/// ignorables joined in order into one source and one target, its state, and the errors that
/// keep a unit out (no id, a duplicate id, inline markup, targets on only some segments).
struct XLIFFUnitReader {
    private(set) var diagnostics: [Diagnostic] = []
    private var units: [XLIFFDocument.Unit] = []
    private var firstLocation: [String: SourceLocation] = [:]
    private var duplicated: Set<String> = []

    /// Reads the units of a `<file>` or `<group>`; other XLIFF elements (`<notes>`,
    /// `<skeleton>`) and elements of other namespaces are skipped.
    mutating func collect(_ container: XMLSubsetElement) {
        for child in container.elements where child.name.namespace == XLIFFDocument.namespace {
            switch child.name.local {
            case "unit": read(child)
            case "group": collect(child)
            default: continue
            }
        }
    }

    /// The units read, without any whose id occurs twice (neither is imported).
    func finished() -> [XLIFFDocument.Unit] {
        units.filter { !duplicated.contains($0.id) }
    }

    private struct Part {
        var source: String
        var target: String?
        var isSegment: Bool
        var state: XLIFFSegmentState
    }

    private mutating func read(_ unit: XMLSubsetElement) {
        guard let id = unit.attribute("id")?.value, !id.isEmpty else {
            diagnostics.append(.error(.xliffInvalid, "a <unit> without an id", at: unit.location))
            return
        }
        if let first = firstLocation[id] {
            duplicated.insert(id)
            diagnostics.append(
                .error(
                    .xliffDuplicateUnit, "the unit id '\(id)' is used a second time in this file; neither unit is imported", at: unit.location,
                    notes: [.init("the first unit '\(id)' is here", at: first)]))
            return
        }
        firstLocation[id] = unit.location
        var parts: [Part] = []
        var sound = true
        for child in unit.elements where child.name.namespace == XLIFFDocument.namespace {
            guard child.name.local == "segment" || child.name.local == "ignorable" else { continue }
            guard let part = self.part(child, unit: id) else {
                sound = false
                continue
            }
            parts.append(part)
        }
        guard sound else { return }
        let segments = parts.filter(\.isSegment)
        guard !segments.isEmpty else {
            diagnostics.append(.error(.xliffInvalid, "the unit '\(id)' has no <segment>", at: unit.location))
            return
        }
        let translated = segments.filter { $0.target != nil }.count
        guard translated == 0 || translated == segments.count else {
            diagnostics.append(
                .error(
                    .xliffInvalid,
                    "the unit '\(id)' has a target in \(translated) of its \(segments.count) segments; translate every segment or none",
                    at: unit.location))
            return
        }
        // An ignorable without a target (white space between segments) reads the same in both.
        let target = translated == 0 ? nil : parts.map { $0.target ?? $0.source }.joined()
        units.append(
            XLIFFDocument.Unit(
                id: id, source: parts.map(\.source).joined(), target: target, state: segments.map(\.state).min() ?? .initial,
                location: unit.location))
    }

    /// A `<segment>` or `<ignorable>`: its source, target and state; nil after an error.
    private mutating func part(_ element: XMLSubsetElement, unit id: String) -> Part? {
        let isSegment = element.name.local == "segment"
        var state = XLIFFSegmentState.initial
        if isSegment, let written = element.attribute("state") {
            guard let known = XLIFFSegmentState(rawValue: written.value) else {
                diagnostics.append(
                    .error(
                        .xliffInvalid,
                        "'\(written.value)' is not an XLIFF 2.0 segment state; expected one of: \(XLIFFSegmentState.allCases.map(\.rawValue).joined(separator: ", "))",
                        at: written.location))
                return nil
            }
            state = known
        }
        let children = element.elements.filter { $0.name.namespace == XLIFFDocument.namespace }
        guard let sourceElement = children.first(where: { $0.name.local == "source" }) else {
            diagnostics.append(.error(.xliffInvalid, "a <\(element.name.local)> of '\(id)' without a <source>", at: element.location))
            return nil
        }
        let source = XLIFFInlineContent.text(of: sourceElement, diagnostics: &diagnostics)
        var target: String?
        if let targetElement = children.first(where: { $0.name.local == "target" }) {
            guard let text = XLIFFInlineContent.text(of: targetElement, diagnostics: &diagnostics) else { return nil }
            if let problem = XLIFFInlineContent.forbidden(in: text) {
                diagnostics.append(
                    .error(
                        .xliffInvalid,
                        "the target of '\(id)' contains \(problem) (a control character, line separator or noncharacter), which scale text may not hold",
                        at: targetElement.location))
                return nil
            }
            target = text
        }
        guard let source else { return nil }
        return Part(source: source, target: target, isSegment: isSegment, state: state)
    }
}
