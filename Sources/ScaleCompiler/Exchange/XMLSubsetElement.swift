/// One element of a document read by ``XMLSubsetReader``: its namespace-resolved name, its
/// attributes, its children in order, and where its start tag begins.
struct XMLSubsetElement: Sendable {
    /// A namespace URI and a local name. The prefix a document used is not part of the name, so
    /// `<x:unit xmlns:x="…">` and `<unit xmlns="…">` have the same name.
    struct Name: Hashable, Sendable {
        /// The namespace URI; empty for a name in no namespace (an unprefixed attribute).
        var namespace: String
        var local: String
    }

    /// An attribute other than a namespace declaration, its value with references decoded.
    struct Attribute: Sendable {
        var name: Name
        /// The name as written, with its prefix (`xml:lang`).
        var qualifiedName: String
        var value: String
        /// Where the attribute's name starts.
        var location: SourceLocation
    }

    /// Element content: a child element or character data.
    enum Child: Sendable {
        case element(XMLSubsetElement)
        /// Character data with references decoded and CDATA sections included, and where it
        /// starts. Adjacent pieces (text, CDATA, text around a comment) are one child.
        case text(String, SourceLocation)
    }

    var name: Name
    /// The name as written, with its prefix (`x:unit`).
    var qualifiedName: String
    var attributes: [Attribute]
    var children: [Child]
    /// Where the start tag's `<` is.
    var location: SourceLocation

    /// The attribute with this local name and namespace (no namespace by default, as XLIFF's own
    /// attributes are unprefixed).
    func attribute(_ local: String, namespace: String = "") -> Attribute? {
        attributes.first { $0.name.local == local && $0.name.namespace == namespace }
    }

    /// The child elements, in order.
    var elements: [XMLSubsetElement] {
        children.compactMap {
            if case .element(let element) = $0 { return element }
            return nil
        }
    }
}
