/// Accumulates generated Swift with four-space indentation.
struct CodeWriter {
    private(set) var text = ""
    private var depth = 0

    mutating func line(_ content: String = "") {
        text += content.isEmpty ? "\n" : String(repeating: "    ", count: depth) + content + "\n"
    }

    mutating func doc(_ content: String) {
        for docLine in SwiftLiteral.docLines(content) { line(docLine.isEmpty ? "///" : "/// " + docLine) }
    }

    /// `header {`, the body one level deeper, then `}` (with an optional suffix such as `,`).
    mutating func block(_ header: String, close: String = "}", _ body: (inout CodeWriter) -> Void) {
        line(header)
        depth += 1
        body(&self)
        depth -= 1
        line(close)
    }
}
