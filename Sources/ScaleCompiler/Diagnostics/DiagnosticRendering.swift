#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Prints diagnostics the way compilers do, one finding per line with its notes after it.
public enum DiagnosticRendering {
    /// `file:line:column: error: [code] message`, then `note:` lines and fix-its.
    /// At most `perFile` diagnostics are printed per file; the rest are counted in one line at
    /// the end, so a hostile file with 200,000 mistakes prints a screenful, not 200,000 lines.
    public static func text(_ diagnostics: [Diagnostic], perFile: Int = Limits.diagnosticsPerFile) -> String {
        var out = ""
        var printed: [String: Int] = [:]
        var withheld: [(file: String, count: Int)] = []
        var withheldIndex: [String: Int] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            guard printed[file, default: 0] < perFile else {
                if let index = withheldIndex[file] {
                    withheld[index].count += 1
                } else {
                    withheldIndex[file] = withheld.count
                    withheld.append((file, 1))
                }
                continue
            }
            printed[file, default: 0] += 1
            out += "\(diagnostic.location.description): \(diagnostic.severity.rawValue): "
            out += "[\(diagnostic.code.rawValue)] \(PrintableText.escaped(diagnostic.message))\n"
            for fixIt in diagnostic.fixIts {
                let action =
                    fixIt.replacement.isEmpty
                    ? "remove \(fixIt.length) byte\(fixIt.length == 1 ? "" : "s")"
                    : "replace with '\(PrintableText.escaped(fixIt.replacement))'"
                out += "\(fixIt.location.description): note: fix-it: \(action)\n"
            }
            for note in diagnostic.notes {
                if let location = note.location {
                    out += "\(location.description): note: \(PrintableText.escaped(note.message))\n"
                } else {
                    out += "note: \(PrintableText.escaped(note.message))\n"
                }
            }
        }
        for (file, count) in withheld {
            out += "\(SourceLocation(file: file, line: 1, column: 1).description): note: and \(count) more diagnostic\(count == 1 ? "" : "s") in this file, not shown\n"
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
