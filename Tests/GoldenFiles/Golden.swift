import Foundation
import Testing

/// Golden-file comparison for tests: the expected text lives in a file beside the test.
///
/// Set `SCALE_RECORD_GOLDENS=1` to write the actual text as the new golden; the test still
/// fails in that mode, so a recorded run can never pass unnoticed.
public enum Golden {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["SCALE_RECORD_GOLDENS"] == "1" }

    /// The package's root folder, found from a test file's path (`Tests/<Target>/<file>.swift`).
    public static func packageRoot(_ filePath: String = #filePath) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Compares `actual` with `Goldens/<name>` beside the calling test file.
    public static func check(
        _ actual: String, named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("Goldens").appendingPathComponent(name)
        if isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            Issue.record("recorded golden \(name); run again without SCALE_RECORD_GOLDENS", sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "missing golden \(url.path); record it with SCALE_RECORD_GOLDENS=1 swift test", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != actual {
            Issue.record("\(name) differs from its golden:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, marked `-` (golden) and `+` (actual).
    static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, let line, _): out.append("-\(offset + 1): \(line)")
            case .insert(let offset, let line, _): out.append("+\(offset + 1): \(line)")
            }
            if out.count > 60 {
                out.append("…")
                break
            }
        }
        return out.joined(separator: "\n")
    }
}
