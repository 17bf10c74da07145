import Foundation
import GoldenFiles
import Testing

/// `scalec report`: the review report and the comparison report of the example reviews, their
/// page language, and review files with bad remarks.
@Suite struct ReportTests {
    static let sample = "Examples/reviews/2008-nb-sample.yaml"
    static let invented2022 = "Examples/reviews/2022-invented.yaml"
    static let invented2026 = "Examples/reviews/fi-2026-invented.yaml"

    @Test func writesTheReviewReportOfTheSample() throws {
        let output = try ScalecRunner.run(["report", "Scales/ips-fidelity", Self.sample])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        let page = output.stdout
        #expect(page.contains("<html lang=\"nb\">"))
        #expect(page.components(separatedBy: "<article class=\"report-item").count - 1 == 25)
        #expect(page.contains("data-total=\"103\""))
        #expect(page.contains("Jan Jansen, Britt Larsen, Signe Olsen"))
        #expect(page.contains("Porteføljene var på 19, 18 og 19 deltakere."))
        #expect(!page.contains("<script"))
        #expect(!page.contains("http://") && !page.contains("https://"))
        Golden.check(page, named: "report-review-2008-nb-sample.html")
    }

    @Test func writesTheReviewReportOfFactsWithExplanationsInEnglish() throws {
        let output = try ScalecRunner.run(["report", "Scales/ips-fidelity", Self.invented2026])
        #expect(output.status == 0, "\(output.stderr)")
        let page = output.stdout
        #expect(page.contains("<html lang=\"sv-FI\">"))
        #expect(page.contains("12 mars 2026"))
        #expect(page.contains("<ol class=\"explanation\" lang=\"en\">"))
        #expect(page.contains("Tjänst"))
        #expect(page.contains("<span class=\"value\">4,92</span>"))
        Golden.check(page, named: "report-review-fi-2026-invented.html")
    }

    @Test func writesTheComparisonReport() throws {
        let output = try ScalecRunner.run(["report", "Scales/ips-fidelity", Self.sample, Self.invented2026])
        #expect(output.status == 0, "\(output.stderr)")
        let page = output.stdout
        #expect(page.contains("class=\"change-chart\""))
        #expect(!page.contains("id=\"trend\""))
        // Item titles served in sv-FI on an nb page carry their language.
        #expect(page.contains("lang=\"sv-FI\""))
        Golden.check(page, named: "report-comparison-2008-fi-2026.html")
    }

    @Test func theChartsBarsAreTheComparisonsChanges() throws {
        let page = try ScalecRunner.run(["report", "Scales/ips-fidelity", Self.sample, Self.invented2026]).stdout
        let expected = try Self.changes()
        #expect(Self.bars(page) == expected)
        #expect(!expected.isEmpty)
    }

    @Test func threeReviewsShowTheTrend() throws {
        let output = try ScalecRunner.run(["report", "Scales/ips-fidelity", Self.sample, Self.invented2022, Self.invented2026])
        #expect(output.status == 0, "\(output.stderr)")
        let page = output.stdout
        #expect(page.contains("id=\"trend\""))
        #expect(page.components(separatedBy: "class=\"trend-bar\"").count - 1 == 3)
        #expect(page.contains("id=\"comparison-1\"") && page.contains("id=\"comparison-2\""))
        #expect(page.contains("6. april 2022"))
    }

    @Test func aLanguageWithoutChromeIsInEnglishAndSaysSo() throws {
        let output = try ScalecRunner.run(["report", "Scales/ips-fidelity", Self.sample, "--language", "de"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.contains("<html lang=\"de\">"))
        #expect(output.stdout.contains("<p class=\"chrome-note\" lang=\"en\">The labels of this report are in English: scalec has none in de yet"))
        #expect(output.stdout.contains("<span lang=\"en\">Total</span>"))
        #expect(output.stdout.contains("<span lang=\"nb\">Deltakerportefølje</span>"))
    }

    @Test func missingItemsAndThePolicyAreShown() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("partial.yaml")
        try Data("edition: \"2008\"\nscores:\n  caseload-size: 5\n".utf8).write(to: file)
        let strict = try ScalecRunner.run(["report", "Scales/ips-fidelity", file.path]).stdout
        #expect(strict.contains("<ul class=\"missing-items\">"))
        #expect(strict.contains("data-view=\"strict\""))
        #expect(strict.contains("class=\"report-item missing\""))
        let source = try ScalecRunner.run(["report", "Scales/ips-fidelity", file.path, "--missing", "source"]).stdout
        #expect(source.contains("data-view=\"source\""))
        #expect(source.contains("<code>lowest-level</code>"))
        #expect(source.contains("class=\"report-item imputed\""))
    }

    @Test func writesTheFileNamedAndRefusesTheScalesOwn() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.html")
        let written = try ScalecRunner.run(["report", "Scales/ips-fidelity", Self.sample, "-o", target.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(FileManager.default.contents(atPath: target.path).map { String(decoding: $0, as: UTF8.self) }?.hasPrefix("<!DOCTYPE html>") == true)
        let refused = try ScalecRunner.run(["report", "Scales/ips-fidelity", Self.sample, "-o", "Scales/ips-fidelity/scale.yaml"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("refusing to overwrite it"))
    }

    @Test func theReviewsOwnTextIsEscaped() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hostile.yaml")
        try Data(
            """
            edition: "2008"
            service: "<script>alert(1)</script>"
            reviewed: "<b>i går</b>"
            evaluators: ["\\"><img src=x>"]
            strengths: ["<style>body{display:none}</style>"]
            notes: {caseload-size: "a & b < c"}
            scores: {caseload-size: 5}

            """.utf8
        ).write(to: file)
        for arguments in [[file.path], [file.path, Self.sample]] {
            let output = try ScalecRunner.run(["report", "Scales/ips-fidelity"] + arguments)
            #expect(output.status == 0, "\(output.stderr)")
            #expect(!output.stdout.contains("<script") && !output.stdout.contains("<img") && !output.stdout.contains("<b>"))
            #expect(output.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func badRemarksAreLocatedErrors() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            """
            edition: "2008"
            scores:
              caseload-size: 5
            notes:
              caseload-sise: Fire deltakere for mange.
              disclosure: ""
            strengths: God ledelse.
            recommendations:
              - [nested]
            evaluators: [Kari Nordmann, ""]

            """.utf8
        ).write(to: folder.appendingPathComponent("review.yaml"))
        let output = try ScalecRunner.run(
            ["report", ScalecRunner.packageRoot.appendingPathComponent("Scales/ips-fidelity").path, "review.yaml", "-o", "out.html"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.html").path))
        Golden.check(output.stderr, named: "report-bad-remarks.txt")
    }

    /// `itemB=change` of each comparable item, as `scalec compare --format json` reports the sample and the 2026 review.
    static func changes() throws -> [String] {
        let json = try ScalecRunner.run(["compare", "Scales/ips-fidelity", sample, invented2026, "--format", "json"]).stdout
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let comparable = try #require(report["comparable"] as? [[String: Any]])
        return comparable.compactMap { item in (item["itemB"] as? String).map { "\($0)=\(item["change"] as? Int ?? 99)" } }
    }

    /// `itemB=change` of each bar in the page's first change chart, in order.
    static func bars(_ page: String) -> [String] {
        guard let start = page.range(of: "class=\"change-chart\""), let end = page.range(of: "</svg>", range: start.upperBound..<page.endIndex) else { return [] }
        let chart = page[start.upperBound..<end.lowerBound]
        return chart.components(separatedBy: "<g class=\"bar\" ").dropFirst().compactMap { bar in
            guard let item = Self.attribute("data-item", in: bar), let change = Self.attribute("data-change", in: bar) else { return nil }
            return "\(item)=\(change)"
        }
    }

    static func attribute(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: "\(name)=\"") else { return nil }
        return text[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
    }

    private static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
