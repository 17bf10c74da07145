import ArgumentParser
import ScaleCompiler

/// `scalec schema [KIND] [--write DIR]`: the JSON Schemas of the scale source files, generated
/// from the shapes the compiler's decoder reads, for editors that check YAML against a schema.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print or write the JSON Schemas of the scale source files, for editors.",
        discussion: """
            Prints the schema of one kind of file, or writes all six (<kind>.schema.json) to a folder. \
            The schemas come from the same definitions the compiler reads the files with; reference them \
            from a YAML file with a first line '# yaml-language-server: $schema=<path>'.
            """)

    @Argument(help: "The kind of file: \(SourceFileKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: SourceFileKind?

    @Option(help: "Write every schema into this folder (created if missing); unchanged files are left alone.")
    var write: String?

    @Option(help: ArgumentHelp("Print a YAML file as the JSON a schema validator sees (for tests).", visibility: .hidden))
    var jsonOf: String?

    func validate() throws {
        let chosen = [kind != nil, write != nil, jsonOf != nil].filter { $0 }.count
        guard chosen == 1 else {
            throw ValidationError("name a kind of file, or --write <folder> for all of them")
        }
    }

    func run() throws {
        if let kind {
            Console.out(SourceSchemaGenerator.schema(for: kind))
        } else if let write {
            for (kind, json) in SourceSchemaGenerator.all() {
                try OutputFile.writeIfChanged(json, to: ScaleSource.join(write, kind.schemaFileName))
            }
            Console.error("\(Console.printable(write)): \(SourceFileKind.allCases.count) schemas\n")
        } else if let jsonOf {
            try printJSON(of: jsonOf)
        }
    }

    private func printJSON(of path: String) throws {
        let (root, diagnostics) = YAMLReader.read(try InputFile.sourceForCommand(path, limit: Limits.fileSize))
        Console.report(diagnostics)
        guard let root, !diagnostics.contains(where: { $0.severity == .error }) else { throw ExitCode.failure }
        Console.out(YAMLAsJSON.json(of: root))
    }
}

extension SourceFileKind: ExpressibleByArgument {}
