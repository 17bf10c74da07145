import Foundation
import GoldenFiles
import Testing

/// `scalec score` and `scalec export` on the real scale and the sample review.
@Suite struct ScoreAndExportTests {
    static let sample = "Examples/reviews/2008-nb-sample.yaml"

    @Test func scoresTheSampleReview() throws {
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "2008", Self.sample])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        Golden.check(output.stdout, named: "score-sample.txt")
    }

    @Test func scoresTheSampleReviewAsJSON() throws {
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", Self.sample, "--format", "json"])
        #expect(output.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(report["total"] as? Int == 103)
        let band = try #require(report["band"] as? [String: Any])
        #expect(band["id"] as? String == "good")
        #expect(band["label"] as? String == "God kvalitet")
        #expect((report["missing"] as? [String])?.isEmpty == true)
    }

    @Test func reportsMissingItemsAndNoBand() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("partial.json")
        try Data(#"{"caseload-size": 5, "disclosure": 3}"#.utf8).write(to: file)
        let ambiguous = try ScalecRunner.run(["score", "Scales/ips-fidelity", file.path])
        // A located error in the file (exit 1), not a usage error: the file is what lacks the edition.
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("partial.json:1:1: error: [missing-key] the score file names no edition and the scale has several (2008, fi-2026); add 'edition:' to the file or pass --edition"))
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "2008", file.path, "--format", "json"])
        #expect(output.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(report["total"] as? Int == 8)
        #expect(report["band"] == nil || report["band"] is NSNull)
        #expect((report["missing"] as? [String])?.count == 23)
        #expect(report["possibleTotal"] as? [Int] == [31, 123])
    }

    @Test func rejectsAMisspeltItemAndABadScoreWithLocations() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-score-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("edition: \"2008\"\nscores:\n  caseload-sise: 5\n  disclosure: 7\n  zero-exclusion: fire\n".utf8)
            .write(to: folder.appendingPathComponent("review.yaml"))
        let output = try ScalecRunner.run(
            ["score", ScalecRunner.packageRoot.appendingPathComponent("Scales/ips-fidelity").path, "review.yaml"], in: folder)
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        Golden.check(output.stderr, named: "score-bad-review.txt")
    }

    @Test func exportsEveryItemWithItsText() throws {
        let output = try ScalecRunner.run(["export", "Scales/ips-fidelity", "--edition", "2008", "--language", "nb"])
        #expect(output.status == 0)
        let export = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(export["edition"] as? String == "2008")
        #expect(export["language"] as? String == "nb")
        let items = try #require(export["items"] as? [[String: Any]])
        #expect(items.count == 25)
        for item in items {
            #expect((item["title"] as? String)?.isEmpty == false)
            #expect((item["definition"] as? String)?.isEmpty == false)
            let levels = try #require(item["levels"] as? [[String: Any]])
            #expect(levels.count == 5)
            #expect(levels.allSatisfy { ($0["text"] as? String)?.isEmpty == false }, "\(item["id"] ?? "")")
        }
        #expect(items.map { $0["id"] as? String }.first == "caseload-size")
        #expect(items.filter { $0["kind"] as? String == "criteria" }.count == 6)
        let bands = try #require(export["bands"] as? [[String: Any]])
        #expect(bands.map { $0["label"] as? String } == ["Meget god kvalitet", "God kvalitet", "Godkjent kvalitet", "Ikke IPS"])
    }

    @Test(arguments: [("fi-2026", "sv-FI", true), ("2008", "sv", false)])
    func exportsTheOtherEditionsAndLanguages(edition: String, language: String, hasAnchors: Bool) throws {
        let output = try ScalecRunner.run(["export", "Scales/ips-fidelity", "--edition", edition, "--language", language])
        #expect(output.status == 0)
        let export = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let items = try #require(export["items"] as? [[String: Any]])
        #expect(items.count == 25)
        for item in items {
            #expect((item["title"] as? String)?.isEmpty == false, "\(item["id"] ?? "")")
            #expect((item["definition"] as? String)?.isEmpty == false, "\(item["id"] ?? "")")
            let texts = (item["levels"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            #expect(texts.count == (hasAnchors ? 5 : 0), "\(item["id"] ?? "")")
        }
        let absent = export["absent"] as? [String] ?? []
        #expect(absent.contains("levels") == !hasAnchors)
        if edition == "fi-2026" {
            #expect(items.map { $0["number"] as? Int } == (1...25).map { $0 })
            #expect((items[5]["note"] as? String)?.hasPrefix("Not om kvalitetskriterium 6") == true)
        }
    }

    @Test func refusesALanguageTheEditionLacks() throws {
        let output = try ScalecRunner.run(["export", "Scales/ips-fidelity", "--edition", "2008", "--language", "da"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("edition '2008' has no text in 'da'"))
    }
}
