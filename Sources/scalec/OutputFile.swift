import ArgumentParser
import Foundation

/// Writes outputs atomically and only when their bytes change, so builds stay incremental and
/// an interrupted write never leaves half a file.
enum OutputFile {
    static func writeIfChanged(_ text: String, to path: String) throws {
        let data = Data(text.utf8)
        if let existing = FileManager.default.contents(atPath: path), existing == data { return }
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            Console.error("error: cannot write '\(path)': \(error.localizedDescription)\n")
            throw ExitCode.failure
        }
    }
}
