import CYAML

/// Reads one YAML file into a located node tree, strictly: the only file that touches libyaml.
///
/// Rejected with located diagnostics: anchors, aliases, tags, merge keys, non-scalar keys,
/// duplicate keys, more than one document, nesting deeper than ``maximumDepth``, and everything
/// ``InputScreening`` rejects. All scalars stay text; the schema types them later.
public enum YAMLReader {
    /// Deeper nesting than any scale needs; it bounds the tree and the decoders' recursion.
    public static let maximumDepth = Limits.nestingDepth

    /// The document's root node (nil for an empty document or on error) and what was found.
    /// - Parameter allowsTabIndentation: JSON may indent with tabs; YAML may not.
    public static func read(_ file: SourceFile, allowsTabIndentation: Bool = false) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        guard file.size <= Limits.fileSize else {
            return (
                nil,
                [
                    .error(
                        .limitExceeded,
                        "file is \(file.size) bytes; input files are limited to \(Limits.fileSize / 1024 / 1024) MiB",
                        at: SourceLocation(file: file.path, line: 1, column: 1))
                ]
            )
        }
        let text = SourceText(file)
        let screening = InputScreening.check(text, allowsTabIndentation: allowsTabIndentation)
        if screening.contains(where: { $0.severity == .error }) { return (nil, screening) }
        var builder = TreeBuilder(text: text)
        let root = file.bytes.withUnsafeBufferPointer { buffer in builder.parse(buffer) }
        // A duplicate key leaves a usable tree (the first value wins); the error still stops
        // generation, and the rest of the scale is checked instead of reported as missing.
        return (builder.stopped ? nil : root, screening + builder.diagnostics)
    }

    /// The line (1-based) where libyaml stops reading these bytes, nil when it reads them to the
    /// end; used to check a syntax error's fix-it before it is offered.
    static func firstSyntaxErrorLine(in bytes: [UInt8]) -> Int? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return 1 }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    guard parser.error == YAML_READER_ERROR else { return Int(clamping: parser.problem_mark.line) + 1 }
                    let offset = min(Int(clamping: parser.problem_offset), buffer.count)
                    return buffer[..<offset].count(where: { $0 == 0x0A }) + 1
                }
                let type = event.type
                yaml_event_delete(&event)
                if type == YAML_STREAM_END_EVENT { return nil }
            }
        }
    }
}

/// Builds the node tree from libyaml's event stream with an explicit stack (no recursion).
private struct TreeBuilder {
    let text: SourceText
    var diagnostics: [Diagnostic] = []
    /// True when reading stopped early: the tree is incomplete.
    private(set) var stopped = false

    /// A container being read. A class, so appending to it never copies what it holds (a value
    /// type popped off the stack and pushed back would be copied on every element).
    private final class Open {
        let location: SourceLocation
        let isMapping: Bool
        let isFlow: Bool
        /// Byte offset of its first character, for syntax errors inside it.
        let start: Int
        var entries: [YAMLMapping.Entry] = []
        var elements: [YAMLNode] = []
        var pendingKey: YAMLScalar?
        var firstSeen: [String: SourceLocation] = [:]

        init(mapping location: SourceLocation, isFlow: Bool, start: Int) {
            self.location = location
            isMapping = true
            self.isFlow = isFlow
            self.start = start
        }

        init(sequence location: SourceLocation, isFlow: Bool, start: Int) {
            self.location = location
            isMapping = false
            self.isFlow = isFlow
            self.start = start
        }

        /// Small mappings (all a scale has) look keys up by scanning; large ones also hash.
        static let linearLimit = 16

        func firstDefinition(of key: String) -> SourceLocation? {
            if let found = entries.prefix(Self.linearLimit).first(where: { $0.key.value == key }) { return found.key.location }
            return entries.count > Self.linearLimit ? firstSeen[key] : nil
        }

        var node: YAMLNode {
            isMapping
                ? .mapping(YAMLMapping(entries: entries, location: location))
                : .sequence(YAMLSequence(elements: elements, location: location))
        }
    }

    private var stack: [Open] = []
    private var root: YAMLNode?
    private var documentCount = 0
    private var nodeCount = 0
    /// The node read last, for a syntax error right after it.
    private var lastNode: YAMLSyntaxError.LastNode?
    /// Events arrive in document order, so converting libyaml's character index to a byte offset
    /// walks forward from the last answer (amortised O(1)); going back uses the checkpoints.
    /// The line is carried along, so locations need no search either.
    private var cursor = (scalar: 0, byte: 0, line: 1, lineStart: 0)

    private mutating func byteOffset(ofScalar index: Int) -> Int {
        guard index >= cursor.scalar else { return text.byteOffset(ofScalar: index) }
        text.file.bytes.withUnsafeBufferPointer { bytes in
            var (scalar, byte, line, lineStart) = cursor
            while scalar < index, byte < bytes.count {
                let lead = bytes[byte]
                scalar += 1
                if lead < 0x80 {
                    if lead == 0x0A {
                        line += 1
                        lineStart = byte + 1
                    }
                    byte += 1
                    continue
                }
                // A multi-byte scalar: its length from the lead byte (screened UTF-8), bounded.
                byte = min(bytes.count, byte + (lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1))
            }
            cursor = (scalar, byte, line, lineStart)
        }
        return cursor.byte
    }

    /// The location of a character index: from the cursor when it is there, else by search.
    private mutating func location(ofScalar index: Int) -> SourceLocation {
        let byte = byteOffset(ofScalar: index)
        guard byte == cursor.byte else { return text.location(ofByte: byte) }
        return SourceLocation(file: text.file.path, line: cursor.line, column: byte - cursor.lineStart + 1)
    }

    init(text: SourceText) { self.text = text }

    mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.append(.error(.yamlSyntax, "libyaml could not allocate a parser", at: text.location(line: 1)))
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportParserError(parser)
                stopped = true
                return nil
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            guard handle(event) else {
                stopped = true
                return nil
            }
        }
        return root
    }

    /// Handles one event; false stops reading (the error is recorded).
    private mutating func handle(_ event: yaml_event_t) -> Bool {
        let location = location(ofScalar: Int(event.start_mark.index))
        let startByte = byteOffset(ofScalar: Int(event.start_mark.index))
        if event.type == YAML_SCALAR_EVENT || event.type == YAML_MAPPING_START_EVENT || event.type == YAML_SEQUENCE_START_EVENT {
            nodeCount += 1
            guard nodeCount <= Limits.nodesPerFile else {
                diagnostics.append(
                    .error(.limitExceeded, "more than \(Limits.nodesPerFile) values in one file", at: location))
                return false
            }
        }
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                diagnostics.append(
                    .error(
                        .multipleDocuments, "a scale file holds one YAML document; found a second one here",
                        at: location))
                return false
            }
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            diagnostics.append(
                .error(
                    .aliasNotAllowed, "alias '*\(name)' is not allowed in scale files; write the value out",
                    at: location))
            return false
        case YAML_SCALAR_EVENT:
            let scalarEvent = event.data.scalar
            guard checkAnchorAndTag(anchor: scalarEvent.anchor, tag: scalarEvent.tag, at: location) else {
                return false
            }
            guard scalarEvent.length <= Limits.scalarLength else {
                let end = byteOffset(ofScalar: Int(event.end_mark.index))
                let kind = Self.nodeKind(style(scalarEvent.style))
                if case .quotedScalar = kind,
                    let unclosed = YAMLSyntaxExplanation.runawayQuote(.init(kind: kind, start: startByte, end: end), in: text)
                {
                    diagnostics.append(unclosed)
                    return false
                }
                diagnostics.append(
                    .error(
                        .limitExceeded,
                        "a value of \(scalarEvent.length) bytes; values are limited to \(Limits.scalarLength / 1024) KiB",
                        at: location))
                return false
            }
            let bytes = UnsafeBufferPointer(start: scalarEvent.value, count: scalarEvent.length)
            guard let value = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(
                    .error(
                        .invalidEscape, "escape sequence produces text that is not valid Unicode (a lone surrogate?)",
                        at: location))
                return false
            }
            if Self.mayHoldForbidden(bytes), let forbidden = value.unicodeScalars.first(where: Self.isForbidden) {
                let hex = String(forbidden.value, radix: 16, uppercase: true)
                let name = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                diagnostics.append(
                    .error(
                        .invalidEscape,
                        "the value contains \(name) (a control character, line separator or noncharacter), which scale text may not hold",
                        at: location))
                return false
            }
            let length = byteOffset(ofScalar: Int(event.end_mark.index)) - startByte
            let scalar = YAMLScalar(
                value: value, style: style(scalarEvent.style), location: location, sourceLength: length)
            lastNode = .init(kind: Self.nodeKind(scalar.style), start: startByte, end: startByte + length)
            return add(.scalar(scalar))
        case YAML_MAPPING_START_EVENT:
            let mappingEvent = event.data.mapping_start
            guard checkAnchorAndTag(anchor: mappingEvent.anchor, tag: mappingEvent.tag, at: location),
                checkDepth(at: location)
            else { return false }
            stack.append(
                Open(mapping: location, isFlow: mappingEvent.style == YAML_FLOW_MAPPING_STYLE, start: startByte))
        case YAML_SEQUENCE_START_EVENT:
            let sequenceEvent = event.data.sequence_start
            guard checkAnchorAndTag(anchor: sequenceEvent.anchor, tag: sequenceEvent.tag, at: location),
                checkDepth(at: location)
            else { return false }
            stack.append(
                Open(sequence: location, isFlow: sequenceEvent.style == YAML_FLOW_SEQUENCE_STYLE, start: startByte))
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            guard let finished = stack.popLast() else { return false }
            if finished.isFlow {
                let end = byteOffset(ofScalar: Int(event.end_mark.index))
                lastNode = .init(kind: .flowCollection, start: finished.start, end: end)
            }
            return add(finished.node)
        default:
            break
        }
        return true
    }

    /// Adds a finished node to its parent; false on a key problem.
    private mutating func add(_ node: YAMLNode) -> Bool {
        guard let top = stack.last else {
            root = node
            return true
        }
        guard top.isMapping else {
            top.elements.append(node)
            return true
        }
        if let key = top.pendingKey {
            top.entries.append(.init(key: key, value: node))
            top.pendingKey = nil
            return true
        }
        guard case .scalar(let key) = node else {
            diagnostics.append(
                .error(.complexKey, "mapping keys must be plain text, not \(node.kindDescription)", at: node.location))
            return false
        }
        if key.value == "<<" && key.style == .plain {
            diagnostics.append(
                .error(
                    .mergeKeyNotAllowed, "merge key '<<' is not allowed in scale files; write the keys out",
                    at: key.location))
            return false
        }
        if let first = top.firstDefinition(of: key.value) {
            // Keep reading: the rest of the file may hold more errors worth reporting.
            diagnostics.append(
                .error(
                    .duplicateKey, "duplicate key '\(key.value)'", at: key.location,
                    notes: [.init("'\(key.value)' first defined here", at: first)]))
        } else if top.entries.count >= Open.linearLimit {
            top.firstSeen[key.value] = key.location
        }
        top.pendingKey = key
        return true
    }

    private mutating func checkDepth(at location: SourceLocation) -> Bool {
        guard stack.count < YAMLReader.maximumDepth else {
            diagnostics.append(
                .error(
                    .nestingTooDeep, "nesting deeper than \(YAMLReader.maximumDepth) levels", at: location))
            return false
        }
        return true
    }

    private mutating func checkAnchorAndTag(
        anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
        at location: SourceLocation
    ) -> Bool {
        if let name = string(anchor) {
            diagnostics.append(
                .error(
                    .anchorNotAllowed, "anchor '&\(name)' is not allowed in scale files; write each value out",
                    at: location))
            return false
        }
        if var tagName = string(tag) {
            let coreSchema = "tag:yaml.org,2002:"
            if tagName.hasPrefix(coreSchema) { tagName = "!!" + tagName.dropFirst(coreSchema.count) }
            diagnostics.append(
                .error(
                    .tagNotAllowed,
                    "tag '\(tagName)' is not allowed in scale files; the schema gives every value its type",
                    at: location))
            return false
        }
        return true
    }

    /// libyaml's error in plain words, located at its real cause (``YAMLSyntaxExplanation``).
    private mutating func reportParserError(_ parser: yaml_parser_t) {
        let stage: YAMLSyntaxError.Stage =
            switch parser.error {
            case YAML_READER_ERROR: .reader
            case YAML_SCANNER_ERROR: .scanner
            case YAML_PARSER_ERROR: .parser
            default: .other
            }
        let context = string(parser.context)
        let error = YAMLSyntaxError(
            stage: stage, problem: string(parser.problem), context: context,
            problemIndex: Int(clamping: parser.problem_mark.index),
            contextIndex: context == nil ? nil : Int(clamping: parser.context_mark.index),
            readerOffset: Int(clamping: parser.problem_offset), readerValue: Int(parser.problem_value),
            open: stack.map { .init(isMapping: $0.isMapping, isFlow: $0.isFlow, start: $0.start) },
            lastNode: lastNode)
        diagnostics.append(YAMLSyntaxExplanation.diagnostic(for: error, in: text))
    }

    private static func nodeKind(_ style: YAMLScalar.Style) -> YAMLSyntaxError.LastNode.Kind {
        switch style {
        case .plain: .plainScalar
        case .singleQuoted: .quotedScalar(quote: 0x27)
        case .doubleQuoted: .quotedScalar(quote: 0x22)
        case .literal, .folded: .blockScalar
        }
    }

    /// Characters text may not hold, however written: C0 and C1 controls other than tab and line
    /// feed, Unicode line and paragraph separators, and noncharacters. Escapes such as `"\0"`,
    /// `"\x85"` or `"\u2028"` would otherwise bring in what the raw-byte checks reject.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        case 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// A fast byte-level test: false means the value certainly holds no forbidden character
    /// (controls are bytes below 0x20 or 0x7F; C1 controls start with 0xC2; line separators with
    /// 0xE2; noncharacters with 0xEF or a four-byte lead).
    private static func mayHoldForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte >= 0xEF {
            if byte == 0x09 || byte == 0x0A { continue }
            return true
        }
        return false
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
