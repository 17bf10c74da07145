import ArgumentParser
import ScaleCompiler

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--missing strict|source`.
extension MissingDataView: ExpressibleByArgument {}
