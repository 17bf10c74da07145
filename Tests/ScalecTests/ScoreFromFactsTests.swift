import Foundation
import GoldenFiles
import Testing

/// `scalec score` with raw facts: every computed level printed with its explanation.
@Suite struct ScoreFromFactsTests {
    @Test func scoresTheInvented2026ReviewInFinlandSwedish() throws {
        let output = try ScalecRunner.run(
            ["score", "Scales/ips-fidelity", "--language", "sv-FI", "Examples/reviews/fi-2026-invented.yaml"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Band: god nivå (100–114)"))
        Golden.check(output.stdout, named: "score-fi-2026-invented.txt")
    }

    @Test func printsFindingsAsJSON() throws {
        let output = try ScalecRunner.run(
            ["score", "Scales/ips-fidelity", "Examples/reviews/fi-2026-invented.yaml", "--format", "json"])
        #expect(output.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let rapid = try #require(findings.first { $0["item"] as? String == "rapid-job-search" })
        #expect(rapid["level"] as? Int == 5)
        #expect(rapid["alternativeLevel"] as? Int == 4)
        #expect((rapid["explanation"] as? [String])?.first == "median of 12, 18, 25, 33, 41, 64 = 29")
    }

    @Test func locatesFactsThatDoNotFit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-facts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let review = """
            edition: "2008"
            scores:
              caseload-size: {values: [25, 19, 20], count: 64}
              zero-exclusion: {values: [3, 4]}
              disclosure: {met: [disclosure-not-required, pros-and-cons]}
              competitive-jobs: {count: 9, of: 11, conditions: {ten-jobs: yes}}
              rapid-job-search: {count: 30}
              job-type-diversity: {labels: []}

            """
        try Data(review.utf8).write(to: folder.appendingPathComponent("facts.yaml"))
        let scale = ScalecRunner.packageRoot.appendingPathComponent("Scales/ips-fidelity").path
        let output = try ScalecRunner.run(["score", scale, "facts.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        Golden.check(output.stderr, named: "score-bad-facts.txt")
    }
}
