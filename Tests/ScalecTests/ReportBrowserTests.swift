import Foundation
import Testing

/// The reports as a browser engine reads them: headless Chromium's DOM has every item of the
/// review report and a bar per comparable item, with the comparison's change. Skipped only when
/// Chromium is missing outside CI; in CI (`CI` set) a missing Chromium fails the test.
@Suite struct ReportBrowserTests {
    static let chromium: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("chromium")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    static var mustRun: Bool { chromium != nil || ProcessInfo.processInfo.environment["CI"] != nil }

    /// The page's DOM after Chromium has parsed it.
    private static func dom(of arguments: [String]) throws -> String {
        let chromium = try #require(Self.chromium, "Chromium is required in CI")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let written = try ScalecRunner.run(["report", "Scales/ips-fidelity"] + arguments + ["-o", page.path])
        #expect(written.status == 0, "\(written.stderr)")
        let output = try ScalecRunner.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.absoluteString], program: chromium)
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdout
    }

    @Test(.enabled(if: mustRun)) func everyItemOfTheReviewIsInTheDOM() throws {
        let dom = try Self.dom(of: [ReportTests.sample])
        let items = Set(dom.components(separatedBy: "<article class=\"report-item").dropFirst().compactMap { ReportTests.attribute("data-item", in: $0) })
        #expect(items.count == 25)
        #expect(dom.contains("data-total=\"103\""))
    }

    @Test(.enabled(if: mustRun)) func theChartsBarsInTheDOMAreTheChanges() throws {
        let dom = try Self.dom(of: [ReportTests.sample, ReportTests.invented2026])
        #expect(ReportTests.bars(dom) == (try ReportTests.changes()))
        // Every bar carries a title and a text label.
        let bars = dom.components(separatedBy: "<g class=\"bar\" ").dropFirst()
        #expect(bars.allSatisfy { $0.contains("<title>") && $0.contains("<text") })
    }
}
