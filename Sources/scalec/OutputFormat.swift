import ArgumentParser
import ScaleCompiler

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// How `scalec score` prints: a report per review, or a spreadsheet of them.
enum ScoreOutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// `--missing strict|source`.
extension MissingDataView: ExpressibleByArgument {}
