import ArgumentParser

/// `scalec relations …`: tools for relation files.
struct RelationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relations",
        abstract: "Work with the relations between editions.",
        subcommands: [RelationsProposeCommand.self])
}
