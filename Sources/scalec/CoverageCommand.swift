import ArgumentParser
import ScaleCompiler

/// `scalec coverage <scale-dir>`: per edition and language, what is present, stale, missing and
/// served by fallback.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show what each language has, lacks, or has gone stale in, per edition.")

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Option(help: "text (a table) or json (with the keys of missing and stale entries).")
    var format: OutputFormat = .text

    @Flag(help: "List the keys of missing and stale entries under each row.")
    var details = false

    @Option(help: "Only this edition.")
    var edition: String?

    @Option(help: "Only this language.")
    var language: String?

    @Flag(help: "Also list the languages an edition has no text file for (what a fallback serves them).")
    var allLanguages = false

    func run() throws {
        let (scale, result) = try CompiledScale.load(scaleDirectory)
        var coverage = Coverage(scale: scale, translations: result.translations)
        if let edition { _ = try CompiledScale.edition(edition, in: scale) }
        let tag = try language.map { try CompiledScale.wellFormedLanguage($0).rawValue }
        coverage.rows.removeAll { row in
            guard let definition = scale.edition(row.edition) else { return true }
            if let edition, row.edition != edition { return true }
            if let tag, row.language != tag { return true }
            // By default only the languages the edition has; a named language is always shown.
            return tag == nil && !allLanguages && !definition.languages.contains(LanguageTag(row.language))
        }
        switch format {
        case .json: Console.out(JSONOutput.encode(coverage))
        case .text: Console.out(table(coverage))
        }
    }

    private func table(_ coverage: Coverage) -> String {
        let header = ["language", "present", "stale", "unverified", "absent", "fallback", "missing", "coverage", "manual ¶"]
        var out = ""
        for edition in Array(Set(coverage.rows.map(\.edition))).sorted() {
            let rows = coverage.rows.filter { $0.edition == edition }
            let entries = rows.first?.entries ?? 0
            out += "Edition \(edition): \(entries) entries in the source language\n"
            var lines = [header]
            for row in rows {
                let fallback = row.fallback == 0 ? "0" : "\(row.fallback) (\(row.fallbackLanguages.joined(separator: ", ")))"
                lines.append([
                    row.language + (row.isSource ? " (source)" : ""), String(row.present), String(row.stale),
                    String(row.unverified), String(row.absent), fallback, String(row.missing),
                    Interval.format(row.percentPresent) + " %", String(row.manualParagraphs),
                ])
            }
            let widths = header.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
            for line in lines {
                out += "  " + line.enumerated().map { column, cell in
                    column == 0 ? cell.padding(widths[column]) : cell.leftPadding(widths[column])
                }.joined(separator: "  ") + "\n"
            }
            if details {
                for row in rows where !row.missingKeys.isEmpty || !row.staleKeys.isEmpty {
                    out += "  \(row.language):\n"
                    for key in row.staleKeys { out += "    stale    \(key)\n" }
                    for key in row.missingKeys { out += "    missing  \(key)\n" }
                }
            }
            out += "\n"
        }
        out += "present: has the text; stale: translated from a source text that changed since; unverified: no\n"
        out += "snapshot (run `scalec refresh`); absent: declared absent; fallback: served by a declared fallback;\n"
        out += "missing: served only by the source language; coverage: present of the entries not declared absent.\n"
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
    func leftPadding(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
