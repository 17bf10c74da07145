/// `relations/<from>--<to>.yaml` as written.
struct RelationFileSyntax {
    struct Entry {
        var from: Located<String>?
        var to: Located<String>?
        var kind: Located<RelationKind>
        var levelMap: [(from: Located<Int>, to: Located<Int>)]?
        var levelMapLocation: SourceLocation?
        var approximate: Located<Bool>?
        var note: Located<String>?
        var sources: [Located<String>]
        var location: SourceLocation
    }

    var from: Located<String>
    var to: Located<String>
    var entries: [Entry]
    var relationsLocation: SourceLocation
}

extension SchemaDecoder {
    mutating func decodeRelationFile(_ root: YAMLNode) -> RelationFileSyntax? {
        guard let mapping = self.mapping(root, "relation file") else { return nil }
        let fields = self.fields(mapping, "relation file", RelationFileShapes.file)
        guard checkSchema(fields["schema"]) else { return nil }
        let from = fields["from"].flatMap { id($0, "edition id", allowLeadingDigit: true) }
        let to = fields["to"].flatMap { id($0, "edition id", allowLeadingDigit: true) }
        let entries = fields["relations"].flatMap { self.sequence($0, "relations") }?.compactMap { decodeRelation($0) } ?? []
        guard let from, let to, let relationsNode = fields["relations"] else { return nil }
        return RelationFileSyntax(from: from, to: to, entries: entries, relationsLocation: relationsNode.location)
    }

    private mutating func decodeRelation(_ node: YAMLNode) -> RelationFileSyntax.Entry? {
        guard let mapping = self.mapping(node, "a relation") else { return nil }
        let fields = self.fields(mapping, "relation", RelationFileShapes.relation)
        if let review = fields["review"] { checkReview(review) }
        let kind: Located<RelationKind>? = fields["relation"].flatMap { choice($0, "relation") }
        var levelMap: [(from: Located<Int>, to: Located<Int>)]?
        if let node = fields["level-map"], let map = self.mapping(node, "level-map") {
            levelMap = map.entries.compactMap { entry in
                guard let from = integer(.scalar(entry.key)), let to = integer(entry.value) else { return nil }
                return (from, to)
            }
        }
        let sources = fields["sources"].flatMap { self.sequence($0, "sources") }?.map { text($0) } ?? []
        guard let kind else { return nil }
        return .init(
            from: fields["from"].flatMap { id($0, "item id") }, to: fields["to"].flatMap { id($0, "item id") },
            kind: kind, levelMap: levelMap, levelMapLocation: fields["level-map"]?.location,
            approximate: fields["approximate"].flatMap { node in boolean(node).map { Located($0, at: node.location) } },
            note: fields["note"].map { text($0) }, sources: sources, location: mapping.location)
    }

    /// `review: pending` marks a relation a tool drafted (`scalec relations propose`): it
    /// compiles, with a warning until a maintainer has checked it and removed the key.
    private mutating func checkReview(_ node: YAMLNode) {
        guard let value = scalar(node, "review") else { return }
        guard value.value == "pending" else {
            error(.invalidValue, "'review' can only be 'pending'; once the relation is reviewed, remove the key", at: node.location)
            return
        }
        diagnostics.append(
            .warning(
                .relationReviewPending,
                "this relation is a draft awaiting review: check its kind, level map and note against the sources, then remove 'review: pending'",
                at: node.location))
    }
}
