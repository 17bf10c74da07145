import Foundation

/// Prints diagnostics the way compilers do, one finding per line with its notes after it.
public enum DiagnosticRendering {
    /// `file:line:column: error: [code] message`, then `note:` lines and fix-its.
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics {
            out += "\(diagnostic.location.description): \(diagnostic.severity.rawValue): "
            out += "[\(diagnostic.code.rawValue)] \(diagnostic.message)\n"
            for fixIt in diagnostic.fixIts {
                let action =
                    fixIt.replacement.isEmpty
                    ? "remove \(fixIt.length) byte\(fixIt.length == 1 ? "" : "s")"
                    : "replace with '\(fixIt.replacement)'"
                out += "\(fixIt.location.description): note: fix-it: \(action)\n"
            }
            for note in diagnostic.notes {
                if let location = note.location {
                    out += "\(location.description): note: \(note.message)\n"
                } else {
                    out += "note: \(note.message)\n"
                }
            }
        }
        return out
    }

    /// A one-line summary such as `2 errors, 1 warning`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// The diagnostics as a JSON array, with stable key order.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(diagnostics), let text = String(data: data, encoding: .utf8) else {
            return "[]"
        }
        return text + "\n"
    }
}
