import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler

/// `scalec relations propose <scale-dir> <from> <to> [-o file] [--force]`: a draft relations file.
struct RelationsProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose",
        abstract: "Draft a relations file for two editions, every entry marked for review.",
        discussion: """
            Items are matched by id: identical where structure and text (in a language both \
            editions have) agree, reworded where only the text differs, rescaled with a draft \
            level map where the levels changed, none where only one edition has the item. Every \
            entry carries 'review: pending'; the file compiles, and `scalec check` warns \
            (relation-review-pending) until each line is removed. Written to standard output, \
            or to -o; an existing file is never replaced without --force.
            """)

    @Argument(help: "The scale folder (holding scale.yaml).")
    var scaleDirectory: String

    @Argument(help: "The edition the relations lead from.")
    var from: String

    @Argument(help: "The edition the relations lead to.")
    var to: String

    @Option(name: .shortAndLong, help: "Where to write the draft (default: standard output), e.g. <scale>/relations/<from>--<to>.yaml.")
    var output: String?

    @Flag(help: "Replace the output file if it exists (also one of the scale's relation files).")
    var force = false

    func run() throws {
        let (scale, _) = try CompiledScale.load(scaleDirectory)
        let a = try CompiledScale.edition(from, in: scale)
        let b = try CompiledScale.edition(to, in: scale)
        guard a.id != b.id else { throw ValidationError("name two different editions") }
        let draft = RelationProposal(from: a, to: b).yaml
        guard let output, output != OutputFile.standardOutput else {
            Console.out(draft)
            return
        }
        if InputFile.kind(of: output) != .missing {
            guard force else {
                Console.error("error: '\(Console.printable(output))' exists; pass --force to replace it with the draft\n")
                throw ExitCode.failure
            }
            // --force may replace a relations file of the scale, never another of its files; the
            // writer still refuses links, folders and special files.
            if isRelationsFile(output) {
                try OutputFile.writeIfChanged(draft, to: output)
                return
            }
        }
        try OutputFile.writeUserOutput(draft, to: output, protecting: scaleDirectory)
    }

    /// Whether the path is in the scale's `relations/` folder.
    private func isRelationsFile(_ path: String) -> Bool {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL
        let relations = URL(fileURLWithPath: scaleDirectory).appendingPathComponent("relations").resolvingSymlinksInPath().standardizedFileURL
        return folder.path == relations.path && path.hasSuffix(".yaml")
    }
}
