/// The namespace prefixes in scope while ``XMLSubsetReader`` walks a document: each prefix
/// (the empty prefix for the default namespace) maps to the stack of URIs declared for it by the
/// open elements, so a lookup costs the same however deep the document nests.
struct XMLNamespaceScope {
    private var bindings: [String: [String]] = [:]

    /// The URI the prefix stands for here; nil when it is not declared.
    func uri(for prefix: String) -> String? { bindings[prefix]?.last }

    mutating func bind(_ prefix: String, to uri: String) {
        bindings[prefix, default: []].append(uri)
    }

    /// Ends the declarations an element made, when the element ends.
    mutating func unbind(_ prefixes: [String]) {
        for prefix in prefixes {
            _ = bindings[prefix]?.popLast()
            if bindings[prefix]?.isEmpty == true { bindings[prefix] = nil }
        }
    }
}
