/// Reads the XML that XLIFF needs, in pure Swift over bytes: elements, attributes, namespaces,
/// character data (the five predefined entities, character references and CDATA sections
/// decoded), comments and processing instructions skipped. Everything that could load or expand
/// something is refused: a DOCTYPE (so no DTD, no declared entity, no external reference), an
/// unknown entity, a reference to a character XML 1.0 does not allow.
///
/// Every failure is one located diagnostic (line and UTF-8 byte column from 1). Input is bounded:
/// the file size is checked before a byte is read, invalid UTF-8 is refused up front, elements
/// nest at most ``maximumDepth`` deep and carry at most ``maximumAttributes`` attributes, and the
/// time taken is linear in the size of the file.
struct XMLSubsetReader {
    /// How deep elements may nest (XLIFF needs about eight).
    static let maximumDepth = Limits.nestingDepth
    /// Attributes, namespace declarations included, per element.
    static let maximumAttributes = 256
    /// The namespace the `xml:` prefix is bound to.
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"
    static let xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

    /// The document's root element, or the first reason it is not well-formed.
    static func read(_ file: SourceFile, sizeLimit: Int = Limits.xliffFileSize) -> Result<XMLSubsetElement, XMLSubsetError> {
        let top = SourceLocation(file: file.path, line: 1, column: 1)
        guard file.size <= sizeLimit else {
            return .failure(
                XMLSubsetError(
                    diagnostic: .error(
                        .limitExceeded, "file is \(file.size) bytes; XLIFF files are limited to \(sizeLimit / 1024 / 1024) MiB",
                        at: top)))
        }
        let invalidUTF8 = InputScreening.firstInvalidUTF8(file.bytes)
        return file.bytes.withUnsafeBufferPointer { buffer in
            var reader = XMLSubsetReader(bytes: buffer, path: file.path)
            do throws(XMLSubsetError) {
                if let invalidUTF8 { throw reader.invalidUTF8(at: invalidUTF8) }
                return .success(try reader.document())
            } catch {
                return .failure(error)
            }
        }
    }

    /// An element whose end tag has not been read yet.
    private struct Frame {
        var element: XMLSubsetElement
        /// The prefixes it declares, undeclared when it ends.
        var declared: [String]
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    private var locator: XMLLocator
    private var scope = XMLNamespaceScope()
    private var open: [Frame] = []
    private var root: XMLSubsetElement?
    /// Character data read since the last tag, and where it started.
    var text: [UInt8] = []
    var textStart: Int?

    private init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.locator = XMLLocator(path: path)
    }

    /// Whether the reader is inside the root element (where text and CDATA may be).
    var isInsideRoot: Bool { !open.isEmpty }

    private mutating func invalidUTF8(at offset: Int) -> XMLSubsetError {
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        return failure(
            .invalidUTF8, "file is not valid UTF-8: byte 0x\(byte.count == 1 ? "0" + byte : byte) cannot appear here; save the file as UTF-8",
            at: offset)
    }

    private mutating func document() throws(XMLSubsetError) -> XMLSubsetElement {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }  // XML allows a BOM
        if looking(at: "<?xml"), position + 5 < bytes.count, XMLCharacters.isSpace(bytes[position + 5]) || bytes[position + 5] == 0x3F {
            try declaration()
        }
        while position < bytes.count {
            switch bytes[position] {
            case 0x3C: try markup()  // <
            case 0x26:  // &
                guard isInsideRoot else { throw failure(.xliffInvalid, "a reference outside the root element", at: position) }
                beginText()
                let value = try reference()
                XMLCharacters.appendUTF8(value, to: &text)
            default: try characterData()
            }
        }
        if let unclosed = open.last {
            throw failure(
                .xliffInvalid, "the file ends inside '<\(unclosed.element.qualifiedName)>': its end tag is missing", at: bytes.count,
                notes: [.init("'<\(unclosed.element.qualifiedName)>' starts here", at: unclosed.element.location)])
        }
        guard let root else { throw failure(.xliffInvalid, "the file has no root element", at: position) }
        return root
    }

    /// `<…`: a tag, comment, CDATA section, processing instruction or (refused) DOCTYPE.
    private mutating func markup() throws(XMLSubsetError) {
        guard position + 1 < bytes.count else { throw failure(.xliffInvalid, "'<' at the end of the file", at: position) }
        switch bytes[position + 1] {
        case 0x2F:  // /
            flushText()
            try endTag()
        case 0x21:  // !
            if looking(at: "<!--") {
                try comment()
            } else if looking(at: "<![CDATA[") {
                try cdata()
            } else if looking(at: "<!DOCTYPE") {
                throw failure(
                    .xliffInvalid,
                    "a document type declaration (<!DOCTYPE …>) is not allowed: XLIFF needs no DTD, and the entities and external files one could declare are never read",
                    at: position)
            } else {
                throw failure(.xliffInvalid, "'<!' starts a comment ('<!--') or a CDATA section ('<![CDATA[') here", at: position)
            }
        case 0x3F: try processingInstruction()  // ?
        default:
            flushText()
            try startTag()
        }
    }

    private mutating func startTag() throws(XMLSubsetError) {
        let start = position
        position += 1
        guard let qualifiedName = name() else { throw failure(.xliffInvalid, "expected an element name after '<'", at: position) }
        var raw: [(name: String, value: String, offset: Int)] = []
        var seen = Set<String>()
        let isEmpty: Bool
        while true {
            let spaced = skipSpaces()
            guard position < bytes.count else {
                throw failure(.xliffInvalid, "the start tag of '<\(qualifiedName)>' is not closed", at: start)
            }
            if bytes[position] == 0x3E {  // >
                position += 1
                isEmpty = false
                break
            }
            if bytes[position] == 0x2F {  // /
                guard position + 1 < bytes.count, bytes[position + 1] == 0x3E else {
                    throw failure(.xliffInvalid, "expected '/>' to end the empty element '<\(qualifiedName)/>'", at: position)
                }
                position += 2
                isEmpty = true
                break
            }
            let offset = position
            guard spaced, let attributeName = name() else {
                throw failure(.xliffInvalid, "expected an attribute name (after a space), '>' or '/>' in '<\(qualifiedName)>'", at: position)
            }
            skipSpaces()
            guard position < bytes.count, bytes[position] == 0x3D else {
                throw failure(.xliffInvalid, "expected '=' after the attribute '\(attributeName)'", at: position)
            }
            position += 1
            skipSpaces()
            guard position < bytes.count, bytes[position] == 0x22 || bytes[position] == 0x27 else {
                throw failure(.xliffInvalid, "the value of '\(attributeName)' must be in quotes", at: position)
            }
            let value = try attributeValue()
            guard seen.insert(attributeName).inserted else {
                throw failure(.xliffInvalid, "the attribute '\(attributeName)' appears twice in '<\(qualifiedName)>'", at: offset)
            }
            guard raw.count < Self.maximumAttributes else {
                throw failure(.limitExceeded, "'<\(qualifiedName)>' has more than \(Self.maximumAttributes) attributes", at: offset)
            }
            raw.append((attributeName, value, offset))
        }
        if !isInsideRoot, root != nil {
            throw failure(.xliffInvalid, "a second root element '<\(qualifiedName)>': a document has one root element", at: start)
        }
        guard open.count < Self.maximumDepth else {
            throw failure(.nestingTooDeep, "elements nest more than \(Self.maximumDepth) deep", at: start)
        }
        let declared = try declareNamespaces(raw)
        let location = locator.location(of: start, in: bytes)
        let name = try resolve(qualifiedName, isAttribute: false, at: start)
        var attributes: [XMLSubsetElement.Attribute] = []
        var expanded = Set<XMLSubsetElement.Name>()
        for attribute in raw where !Self.isDeclaration(attribute.name) {
            let resolved = try resolve(attribute.name, isAttribute: true, at: attribute.offset)
            guard expanded.insert(resolved).inserted else {
                throw failure(
                    .xliffInvalid, "the attribute '\(attribute.name)' is given twice in '<\(qualifiedName)>' under another prefix",
                    at: attribute.offset)
            }
            let location = locator.location(of: attribute.offset, in: bytes)
            attributes.append(.init(name: resolved, qualifiedName: attribute.name, value: attribute.value, location: location))
        }
        let element = XMLSubsetElement(name: name, qualifiedName: qualifiedName, attributes: attributes, children: [], location: location)
        if isEmpty {
            scope.unbind(declared)
            attach(element)
        } else {
            open.append(Frame(element: element, declared: declared))
        }
    }

    private mutating func endTag() throws(XMLSubsetError) {
        let start = position
        position += 2
        guard let qualifiedName = name() else { throw failure(.xliffInvalid, "expected an element name after '</'", at: position) }
        skipSpaces()
        guard position < bytes.count, bytes[position] == 0x3E else {
            throw failure(.xliffInvalid, "expected '>' to end '</\(qualifiedName)'", at: position)
        }
        position += 1
        guard let frame = open.popLast() else {
            throw failure(.xliffInvalid, "'</\(qualifiedName)>' closes no open element", at: start)
        }
        guard frame.element.qualifiedName == qualifiedName else {
            throw failure(
                .xliffInvalid, "'</\(qualifiedName)>' does not close '<\(frame.element.qualifiedName)>'", at: start,
                notes: [.init("'<\(frame.element.qualifiedName)>' starts here", at: frame.element.location)])
        }
        scope.unbind(frame.declared)
        attach(frame.element)
    }

    private mutating func attach(_ element: XMLSubsetElement) {
        if open.isEmpty {
            root = element
        } else {
            open[open.count - 1].element.children.append(.element(element))
        }
    }

    private static func isDeclaration(_ name: String) -> Bool { name == "xmlns" || name.hasPrefix("xmlns:") }

    /// Brings an element's `xmlns` and `xmlns:p` attributes into scope; the prefixes declared.
    private mutating func declareNamespaces(_ raw: [(name: String, value: String, offset: Int)]) throws(XMLSubsetError) -> [String] {
        var declared: [String] = []
        for attribute in raw where Self.isDeclaration(attribute.name) {
            let prefix = attribute.name == "xmlns" ? "" : String(attribute.name.dropFirst("xmlns:".count))
            let problem: String?
            if prefix.contains(":") || (attribute.name != "xmlns" && prefix.isEmpty) {
                problem = "'\(attribute.name)' is not a valid namespace declaration"
            } else if prefix == "xmlns" || attribute.value == Self.xmlnsNamespace {
                problem = "the 'xmlns' prefix and its namespace cannot be declared"
            } else if (prefix == "xml") != (attribute.value == Self.xmlNamespace) {
                problem = "the 'xml' prefix is bound to \(Self.xmlNamespace), and only it"
            } else if !prefix.isEmpty, attribute.value.isEmpty {
                problem = "the prefix '\(prefix)' cannot be bound to an empty namespace name"
            } else {
                problem = nil
            }
            if let problem { throw failure(.xliffInvalid, problem, at: attribute.offset) }
            scope.bind(prefix, to: attribute.value)
            declared.append(prefix)
        }
        return declared
    }

    /// `x:unit` → the URI bound to `x` and `unit`. Unprefixed elements are in the default
    /// namespace, unprefixed attributes in none.
    private mutating func resolve(_ qualifiedName: String, isAttribute: Bool, at offset: Int) throws(XMLSubsetError) -> XMLSubsetElement.Name {
        let parts =
            qualifiedName.utf8.contains(UInt8(ascii: ":"))
            ? qualifiedName.split(separator: ":", omittingEmptySubsequences: false) : [Substring(qualifiedName)]
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty }),
            let firstOfLocal = parts.last?.unicodeScalars.first, XMLCharacters.isNameStart(firstOfLocal.value)
        else {
            throw failure(
                .xliffInvalid, "'\(qualifiedName)' is not a valid name: a name has at most one ':', between a prefix and a local name",
                at: offset)
        }
        let local = String(parts[parts.count - 1])
        guard parts.count == 2 else {
            return .init(namespace: isAttribute ? "" : scope.uri(for: "") ?? "", local: local)
        }
        let prefix = String(parts[0])
        if prefix == "xml" { return .init(namespace: Self.xmlNamespace, local: local) }
        guard prefix != "xmlns", let uri = scope.uri(for: prefix) else {
            throw failure(.xliffInvalid, "the namespace prefix '\(prefix)' of '\(qualifiedName)' is not declared", at: offset)
        }
        return .init(namespace: uri, local: local)
    }

    /// Starts a run of character data here unless one is under way.
    mutating func beginText() {
        if textStart == nil { textStart = position }
    }

    /// Hands the character data read since the last tag to the open element.
    private mutating func flushText() {
        guard let start = textStart else { return }
        textStart = nil
        defer { text.removeAll(keepingCapacity: true) }
        guard isInsideRoot else { return }  // only white space, checked as it was read
        let location = locator.location(of: start, in: bytes)
        open[open.count - 1].element.children.append(.text(String(decoding: text, as: UTF8.self), location))
    }

    /// Whether the bytes at the current position spell `literal` (ASCII).
    func looking(at literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for index in 0..<count where bytes[position + index] != pointer[index] { return false }
        return true
    }

    /// Skips white space; whether there was any.
    @discardableResult
    mutating func skipSpaces() -> Bool {
        let start = position
        while position < bytes.count, XMLCharacters.isSpace(bytes[position]) { position += 1 }
        return position > start
    }

    /// An XML `Name` at the current position, or nil (the position unchanged) when none starts here.
    mutating func name() -> String? {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                guard position == start ? XMLCharacters.isASCIINameStart(byte) : XMLCharacters.isASCIIName(byte) else { break }
                position += 1
                continue
            }
            let (value, length) = XMLCharacters.scalar(at: position, in: bytes)
            guard position == start ? XMLCharacters.isNameStart(value) : XMLCharacters.isName(value) else { break }
            position += length
        }
        guard position > start else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }

    /// A diagnostic at a byte offset, as the error that ends reading.
    mutating func failure(
        _ code: DiagnosticCode, _ message: String, at offset: Int, notes: [Diagnostic.Note] = []
    ) -> XMLSubsetError {
        let location = locator.location(of: offset, in: bytes)
        let prefix = code == .xliffInvalid ? "not well-formed XML: " : ""
        return XMLSubsetError(diagnostic: .error(code, prefix + message, at: location, notes: notes))
    }
}
