/// Sets many scalars of a YAML text file in one pass: the file is read once, every edit is planned
/// against that tree (a replacement of an existing scalar, or new keys at the end of the innermost
/// mapping that exists), all are applied together, and the result is read back once to verify
/// every edit. The output is what ``YAMLEditor`` gives for the same edits one after another, in
/// time linear in the file and the edits instead of one read (or three) per edit.
struct YAMLBatchEditor {
    /// One scalar to set, at a key path such as `["items", "caseload-size", "title"]`.
    struct Edit {
        var path: [String]
        var text: String
    }

    /// The edited file, and the edits that could not be made (by index into the edits given).
    struct Outcome {
        var file: SourceFile
        var failures: [(index: Int, error: YAMLEditor.EditError)]
    }

    /// Applies `edits` to `file`. An edit that fails leaves the others applied.
    static func apply(_ edits: [Edit], to file: SourceFile) -> Outcome {
        let (root, problems) = YAMLReader.read(file)
        guard case .mapping(let top)? = root else {
            let why = YAMLEditor.EditError.unreadable(problems.first.map(\.message) ?? "the file has no top-level mapping")
            return Outcome(file: file, failures: edits.indices.map { ($0, why) })
        }
        var planner = YAMLEditPlanner(file: file, top: top)
        var failures: [(index: Int, error: YAMLEditor.EditError)] = []
        var active: [Int] = []
        for (index, edit) in edits.enumerated() {
            do throws(YAMLEditor.EditError) {
                try planner.plan(edit, index: index)
                active.append(index)
            } catch {
                failures.append((index, error))
            }
        }
        // A folded rendering that does not read back is quoted instead; an edit that still does
        // not read back is given up, and the rest are tried again without it.
        var quoted = Set<Int>()
        for attempt in 0..<3 {
            let candidate = SourceFile(path: file.path, bytes: planner.render(active, quoted: quoted))
            let tree = YAMLReader.read(candidate).root
            let failing = active.filter { value(at: edits[$0].path, in: tree) != edits[$0].text }
            if failing.isEmpty { return Outcome(file: candidate, failures: failures.sorted { $0.index < $1.index }) }
            let foldable = failing.filter { !quoted.contains($0) && planner.mayFold($0) }
            if attempt == 0, !foldable.isEmpty {
                quoted.formUnion(foldable)
                continue
            }
            for index in failing { failures.append((index, .verificationFailed(path: edits[index].path.joined(separator: ".")))) }
            active.removeAll { failing.contains($0) }
        }
        for index in active { failures.append((index, .verificationFailed(path: edits[index].path.joined(separator: ".")))) }
        return Outcome(file: file, failures: failures.sorted { $0.index < $1.index })
    }

    /// The scalar at a key path of a tree, if there is one.
    private static func value(at path: [String], in tree: YAMLNode?) -> String? {
        var node = tree
        for key in path {
            guard case .mapping(let mapping)? = node else { return nil }
            node = mapping.entries.first { $0.key.value == key }?.value
        }
        return node?.scalarValue
    }
}
