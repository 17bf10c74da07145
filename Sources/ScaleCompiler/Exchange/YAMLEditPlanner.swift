/// Plans the edits of a ``YAMLBatchEditor`` against the tree read once, and renders any subset
/// of them into new file bytes. Replacements keep the scalar's style (a folded scalar stays folded
/// where folding can carry the text); new keys go at the end of the innermost mapping that exists,
/// nested keys of one mapping together in the order the edits came.
struct YAMLEditPlanner {
    private struct Replacement {
        var scalar: YAMLScalar
        var keyColumn: Int
        var start: Int
        var end: Int
    }

    /// New keys under one existing mapping.
    private struct Insertion {
        /// The keys below the mapping, the last one holding the edit's text.
        var remaining: [String]
        /// The mapping, by the byte offset where it starts.
        var mapping: Int
        /// How deep the mapping is, so deeper mappings ending at the same place come first.
        var depth: Int
        var indent: Int
        /// Where the keys go: the start of the line after the mapping's last value.
        var offset: Int
    }

    private let file: SourceFile
    private let source: SourceText
    private let top: YAMLMapping
    private var texts: [Int: String] = [:]
    private var replacements: [Int: Replacement] = [:]
    private var insertions: [Int: Insertion] = [:]
    /// Every path planned, and every proper prefix of an inserted path, so no two edits collide.
    private var planned: Set<[String]> = []
    private var insertedPrefixes: Set<[String]> = []

    init(file: SourceFile, top: YAMLMapping) {
        self.file = file
        self.source = SourceText(file)
        self.top = top
    }

    /// Plans one edit, or says why it cannot be made.
    mutating func plan(_ edit: YAMLBatchEditor.Edit, index: Int) throws(YAMLEditor.EditError) {
        let joined = edit.path.joined(separator: ".")
        guard !edit.path.isEmpty, !planned.contains(edit.path), !insertedPrefixes.contains(edit.path),
            !(1..<edit.path.count).contains(where: { planned.contains(Array(edit.path[..<$0])) })
        else { throw .verificationFailed(path: joined) }
        var mapping = top
        for (depth, key) in edit.path.enumerated() {
            guard let entry = mapping.entries.first(where: { $0.key.value == key }) else {
                let offset = byteOffset(of: mapping.location)
                if offset < file.bytes.count, file.bytes[offset] == UInt8(ascii: "{") {
                    throw .flowMapping(path: edit.path[..<depth].joined(separator: "."))
                }
                var end = mapping.entries.last.map { endOffset(of: $0.value) } ?? offset
                while end < file.bytes.count, end > 0, file.bytes[end - 1] != 0x0A { end += 1 }
                insertions[index] = Insertion(
                    remaining: Array(edit.path[depth...]), mapping: offset, depth: depth,
                    indent: (mapping.entries.first?.key.location.column ?? 1) - 1, offset: end)
                for length in 1..<edit.path.count { insertedPrefixes.insert(Array(edit.path[..<length])) }
                break
            }
            if depth == edit.path.count - 1 {
                guard case .scalar(let scalar) = entry.value else { throw .notAMapping(path: joined) }
                let start = byteOffset(of: scalar.location)
                replacements[index] = Replacement(
                    scalar: scalar, keyColumn: entry.key.location.column, start: start, end: start + scalar.sourceLength)
                break
            }
            guard case .mapping(let next) = entry.value else { throw .notAMapping(path: edit.path[...depth].joined(separator: ".")) }
            mapping = next
        }
        planned.insert(edit.path)
        texts[index] = edit.text
    }

    /// Whether the edit's text was to be folded (a block scalar, or a long new value): the
    /// rendering to fall back from when it does not read back.
    func mayFold(_ index: Int) -> Bool {
        if let replacement = replacements[index] { return replacement.scalar.style == .folded || replacement.scalar.style == .literal }
        return (texts[index]?.count ?? 0) > 60
    }

    /// The file with the given planned edits applied; those in `quoted` are written quoted.
    func render(_ indices: [Int], quoted: Set<Int>) -> [UInt8] {
        var splices: [(start: Int, end: Int, order: Int, bytes: [UInt8])] = []
        for index in indices {
            guard let replacement = replacements[index], let text = texts[index] else { continue }
            splices.append((replacement.start, replacement.end, 1, replace(replacement, with: text, quoted: quoted.contains(index))))
        }
        // New keys by mapping, in the order their first edit came.
        var groups: [(key: Int, insertion: Insertion, keys: YAMLKeyTree)] = []
        var groupOfMapping: [Int: Int] = [:]
        for index in indices {
            guard let insertion = insertions[index], let text = texts[index] else { continue }
            let group = groupOfMapping[insertion.mapping] ?? groups.count
            if group == groups.count {
                groupOfMapping[insertion.mapping] = group
                groups.append((insertion.mapping, insertion, YAMLKeyTree()))
            }
            groups[group].keys.add(insertion.remaining, text: text, folding: !quoted.contains(index))
        }
        // At one offset, a deeper mapping's keys come before its parent's.
        let atOffset = Dictionary(grouping: groups.indices, by: { groups[$0].insertion.offset })
        for (offset, members) in atOffset {
            var snippet = ""
            for group in members.sorted(by: { (-groups[$0].insertion.depth, $0) < (-groups[$1].insertion.depth, $1) }) {
                snippet += groups[group].keys.rendered(indent: groups[group].insertion.indent)
            }
            if offset == file.bytes.count, file.bytes.last != 0x0A { snippet = "\n" + snippet }
            splices.append((offset, offset, 0, Array(snippet.utf8)))
        }
        splices.sort { ($0.start, $0.order) < ($1.start, $1.order) }
        var out: [UInt8] = []
        out.reserveCapacity(file.bytes.count + splices.reduce(0) { $0 + $1.bytes.count })
        var copied = 0
        for splice in splices where splice.start >= copied {
            out += file.bytes[copied..<splice.start]
            out += splice.bytes
            copied = splice.end
        }
        out += file.bytes[copied...]
        return out
    }

    /// The new text of a scalar, keeping a block scalar's trailing line breaks as they were.
    private func replace(_ replacement: Replacement, with text: String, quoted: Bool) -> [UInt8] {
        let original = file.bytes[replacement.start..<replacement.end]
        var contentEnd = original.endIndex
        while contentEnd > original.startIndex, [0x0A, 0x20].contains(file.bytes[contentEnd - 1]) { contentEnd -= 1 }
        let scalar = replacement.scalar
        let isBlock = scalar.style == .folded || scalar.style == .literal
        let rendered =
            (isBlock && !quoted ? YAMLEditor.folded(text, indent: replacement.keyColumn + 1) : nil)
            ?? (scalar.style == .plain ? YAMLText.plainOrQuoted(text) : YAMLText.scalar(text))
        return Array(rendered.utf8) + Array(file.bytes[contentEnd..<replacement.end])
    }

    private func endOffset(of node: YAMLNode) -> Int {
        switch node {
        case .scalar(let scalar): return byteOffset(of: scalar.location) + scalar.sourceLength
        case .mapping(let mapping): return mapping.entries.last.map { endOffset(of: $0.value) } ?? byteOffset(of: mapping.location)
        case .sequence(let sequence): return sequence.elements.last.map { endOffset(of: $0) } ?? byteOffset(of: sequence.location)
        }
    }

    private func byteOffset(of location: SourceLocation) -> Int {
        source.byteOffset(line: location.line, column: location.column)
    }
}
