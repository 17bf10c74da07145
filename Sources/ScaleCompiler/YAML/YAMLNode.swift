/// A scalar exactly as written: its text, how it was quoted, and where it starts.
public struct YAMLScalar: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style
    public var location: SourceLocation
    /// How many UTF-8 bytes the scalar spans in the source, for fix-its that replace it.
    public var sourceLength: Int

    public init(value: String, style: Style, location: SourceLocation, sourceLength: Int) {
        self.value = value
        self.style = style
        self.location = location
        self.sourceLength = sourceLength
    }
}

/// A mapping in source order; keys are scalars and unique (the reader rejects duplicates).
public struct YAMLMapping: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var key: YAMLScalar
        public var value: YAMLNode
    }

    public var entries: [Entry]
    public var location: SourceLocation
}

/// A sequence in source order.
public struct YAMLSequence: Sendable, Hashable {
    public var elements: [YAMLNode]
    public var location: SourceLocation
}

/// A node of the located YAML tree: every node knows its file, line and column.
/// Not `indirect`: the recursion goes through arrays, which are already on the heap, so a box per
/// node would only cost an allocation.
public enum YAMLNode: Sendable, Hashable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    public var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        }
    }

    /// The text of a scalar node, nil for collections.
    public var scalarValue: String? {
        if case .scalar(let scalar) = self { return scalar.value }
        return nil
    }

    /// What the node is, for messages such as "expected a mapping, found a sequence".
    public var kindDescription: String {
        switch self {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        }
    }
}
