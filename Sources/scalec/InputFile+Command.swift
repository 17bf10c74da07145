import ArgumentParser
import ScaleCompiler

extension InputFile {
    /// A command's input file, or the reason printed and the command failed.
    static func sourceForCommand(_ path: String, limit: Int) throws -> SourceFile {
        switch source(path, displayPath: path, limit: limit) {
        case .success(let file): return file
        case .failure(let failure):
            Console.error("error: \(failure)\n")
            throw ExitCode.failure
        }
    }
}
