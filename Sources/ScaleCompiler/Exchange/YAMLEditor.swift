/// Edits a YAML text file in place: sets the scalar at a key path, or adds the missing keys to
/// the innermost mapping that exists. Everything else (order, comments, formatting) is kept byte
/// for byte. Every edit is verified by reading the result back.
public struct YAMLEditor {
    public enum EditError: Error, Equatable, CustomStringConvertible {
        case unreadable(String)
        case notAMapping(path: String)
        case flowMapping(path: String)
        case verificationFailed(path: String)

        public var description: String {
            switch self {
            case .unreadable(let why): "the file cannot be read as YAML: \(why)"
            case .notAMapping(let path): "'\(path)' is not a mapping, so nothing can be added under it"
            case .flowMapping(let path): "'\(path)' is written in flow style ({…}); add the entry by hand"
            case .verificationFailed(let path): "the edit of '\(path)' did not read back as written"
            }
        }
    }

    public private(set) var file: SourceFile

    public init(_ file: SourceFile) { self.file = file }

    /// Sets the text at `path` (e.g. `["items", "caseload-size", "levels", "5"]`).
    public mutating func set(_ path: [String], to text: String) throws(EditError) {
        let (root, problems) = YAMLReader.read(file)
        guard case .mapping(let top)? = root else {
            throw .unreadable(problems.first.map(\.message) ?? "the file has no top-level mapping")
        }
        let source = SourceText(file)
        var mapping = top
        for (depth, key) in path.enumerated() {
            guard let entry = mapping.entries.first(where: { $0.key.value == key }) else {
                try insert(Array(path[depth...]), text: text, into: mapping, at: Array(path[..<depth]), source: source)
                return try verify(path, text)
            }
            if depth == path.count - 1 {
                guard case .scalar(let scalar) = entry.value else { throw .notAMapping(path: path.joined(separator: ".")) }
                replace(scalar, with: text, keyColumn: entry.key.location.column, source: source)
                return try verify(path, text)
            }
            guard case .mapping(let next) = entry.value else { throw .notAMapping(path: path[...depth].joined(separator: ".")) }
            mapping = next
        }
    }

    /// The value now at `path` must be exactly `text`; otherwise the edit is not trusted.
    private func verify(_ path: [String], _ text: String) throws(EditError) {
        var node = YAMLReader.read(file).root
        for key in path {
            guard case .mapping(let mapping)? = node else { throw .verificationFailed(path: path.joined(separator: ".")) }
            node = mapping.entries.first { $0.key.value == key }?.value
        }
        guard node?.scalarValue == text else { throw .verificationFailed(path: path.joined(separator: ".")) }
    }

    private mutating func replace(_ scalar: YAMLScalar, with text: String, keyColumn: Int, source: SourceText) {
        let start = byteOffset(of: scalar.location, source: source)
        let end = start + scalar.sourceLength
        let original = Array(file.bytes[start..<end])
        // A block scalar's span ends with its line breaks; keep them as they were.
        var contentEnd = original.count
        while contentEnd > 0, [0x0A, 0x20].contains(original[contentEnd - 1]) { contentEnd -= 1 }
        let suffix = Array(original[contentEnd...])
        let isBlock = scalar.style == .folded || scalar.style == .literal
        var rendered = isBlock ? Self.folded(text, indent: keyColumn + 1) : nil
        if rendered == nil { rendered = scalar.style == .plain ? YAMLText.plainOrQuoted(text) : YAMLText.scalar(text) }
        let candidate = Array(file.bytes[..<start]) + Array((rendered ?? "").utf8) + suffix + Array(file.bytes[end...])
        let previous = file
        file = SourceFile(path: file.path, bytes: candidate)
        if isBlock, YAMLReader.read(file).root == nil || !reads(text, at: scalar, in: file) {
            // The folded form did not read back (unusual spacing): quote instead.
            file = SourceFile(
                path: previous.path,
                bytes: Array(previous.bytes[..<start]) + Array(YAMLText.scalar(text).utf8) + suffix + Array(previous.bytes[end...]))
        }
    }

    private func reads(_ text: String, at scalar: YAMLScalar, in file: SourceFile) -> Bool {
        func find(_ node: YAMLNode) -> YAMLScalar? {
            switch node {
            case .scalar(let candidate): return candidate.location == scalar.location ? candidate : nil
            case .mapping(let mapping): return mapping.entries.lazy.compactMap { find($0.value) }.first
            case .sequence(let sequence): return sequence.elements.lazy.compactMap(find).first
            }
        }
        return YAMLReader.read(file).root.flatMap(find)?.value == text
    }

    /// `>-` with the text wrapped at about 96 columns; nil when folding cannot carry the text
    /// exactly (leading, trailing or repeated spaces, tabs).
    static func folded(_ text: String, indent: Int) -> String? {
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard !text.contains("\t"), !text.contains("  "),
            paragraphs.allSatisfy({ !$0.hasPrefix(" ") && !$0.hasSuffix(" ") && !$0.isEmpty })
        else { return nil }
        let pad = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { lines.append("") }
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, pad.count + line.count + 1 + word.count > 96 {
                    lines.append(pad + line)
                    line = String(word)
                } else {
                    line += line.isEmpty ? String(word) : " " + word
                }
            }
            lines.append(pad + line)
        }
        return ">-\n" + lines.joined(separator: "\n")
    }

    /// Adds `remaining` keys (the last with `text`) at the end of `mapping`.
    private mutating func insert(
        _ remaining: [String], text: String, into mapping: YAMLMapping, at parentPath: [String], source: SourceText
    ) throws(EditError) {
        let path = parentPath.joined(separator: ".")
        let firstKey = mapping.entries.first?.key
        let indent = (firstKey?.location.column ?? 1) - 1
        let offset = byteOffset(of: mapping.location, source: source)
        if offset < file.bytes.count, file.bytes[offset] == UInt8(ascii: "{") { throw .flowMapping(path: path) }
        var snippet = ""
        for (depth, key) in remaining.enumerated() {
            let pad = String(repeating: " ", count: indent + 2 * depth)
            if depth == remaining.count - 1 {
                let value = text.count > 60 ? Self.folded(text, indent: indent + 2 * depth + 2) : nil
                snippet += "\(pad)\(key): \(value ?? YAMLText.plainOrQuoted(text))\n"
            } else {
                snippet += "\(pad)\(key):\n"
            }
        }
        // After the mapping's last value, at the start of the next line.
        var end = mapping.entries.last.map { endOffset(of: $0.value, source: source) } ?? offset
        while end < file.bytes.count, end > 0, file.bytes[end - 1] != 0x0A { end += 1 }
        if end == file.bytes.count, file.bytes.last != 0x0A { snippet = "\n" + snippet }
        file = SourceFile(path: file.path, bytes: Array(file.bytes[..<end]) + Array(snippet.utf8) + Array(file.bytes[end...]))
    }

    private func endOffset(of node: YAMLNode, source: SourceText) -> Int {
        switch node {
        case .scalar(let scalar): return byteOffset(of: scalar.location, source: source) + scalar.sourceLength
        case .mapping(let mapping):
            return mapping.entries.last.map { endOffset(of: $0.value, source: source) } ?? byteOffset(of: mapping.location, source: source)
        case .sequence(let sequence):
            return sequence.elements.last.map { endOffset(of: $0, source: source) } ?? byteOffset(of: sequence.location, source: source)
        }
    }

    private func byteOffset(of location: SourceLocation, source: SourceText) -> Int {
        source.byteOffset(line: location.line, column: location.column)
    }
}
