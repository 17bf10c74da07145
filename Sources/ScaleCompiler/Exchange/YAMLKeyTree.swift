/// New keys to add under one mapping, as a tree in the order they came, rendered in block style
/// as ``YAMLEditor`` writes them: nested keys indented by two, a long value folded.
struct YAMLKeyTree {
    private struct Node {
        var key: String
        var text: String?
        var folding = true
        var children: [Int] = []
        var childByKey: [String: Int] = [:]
    }

    private var nodes: [Node] = []
    private var roots: [Int] = []
    private var rootByKey: [String: Int] = [:]

    /// Adds a path below the mapping (`["caseload-size", "title"]`) with the value of its last key.
    mutating func add(_ path: [String], text: String, folding: Bool) {
        var parent: Int?
        for (depth, key) in path.enumerated() {
            let node: Int
            let siblings = parent.map { nodes[$0].childByKey } ?? rootByKey
            if let existing = siblings[key] {
                node = existing
            } else {
                node = nodes.count
                nodes.append(Node(key: key))
                if let parent {
                    nodes[parent].children.append(node)
                    nodes[parent].childByKey[key] = node
                } else {
                    roots.append(node)
                    rootByKey[key] = node
                }
            }
            if depth == path.count - 1 {
                nodes[node].text = text
                nodes[node].folding = folding
            }
            parent = node
        }
    }

    /// The keys as lines, the mapping's own keys at `indent` spaces.
    func rendered(indent: Int) -> String {
        var out = ""
        var stack: [(node: Int, depth: Int)] = roots.reversed().map { ($0, 0) }
        while let (index, depth) = stack.popLast() {
            let node = nodes[index]
            let column = indent + 2 * depth
            let pad = String(repeating: " ", count: column)
            if let text = node.text {
                let folded = node.folding && text.count > 60 ? YAMLEditor.folded(text, indent: column + 2) : nil
                out += "\(pad)\(node.key): \(folded ?? YAMLText.plainOrQuoted(text))\n"
            } else {
                out += "\(pad)\(node.key):\n"
                stack += node.children.reversed().map { ($0, depth + 1) }
            }
        }
        return out
    }
}
