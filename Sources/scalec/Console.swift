import Foundation
import ScaleCompiler

/// Writing to the terminal: results to stdout, diagnostics to stderr.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints diagnostics as text on stderr, and a summary when there are any.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticRendering.text(diagnostics))
        error(DiagnosticRendering.summary(diagnostics) + "\n")
    }
}
