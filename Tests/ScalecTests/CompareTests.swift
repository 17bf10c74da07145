import Foundation
import GoldenFiles
import Testing

/// `scalec compare` on the nb sample review (2008) and the invented 2026 review.
@Suite struct CompareTests {
    static let arguments = [
        "compare", "Scales/ips-fidelity", "Examples/reviews/2008-nb-sample.yaml", "Examples/reviews/fi-2026-invented.yaml",
    ]

    @Test func reportsTheComparisonReadably() throws {
        let output = try ScalecRunner.run(Self.arguments)
        #expect(output.status == 0)
        #expect(output.stdout.contains("Verdict: comparable over 24 of 25 items"))
        Golden.check(output.stdout, named: "compare-2008-fi-2026.txt")
    }

    @Test func listsItemSixAsNotComparableAndMapsItemThree() throws {
        let output = try ScalecRunner.run(Self.arguments + ["--format", "json"])
        #expect(output.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(report["verdict"] as? String == "comparable over 24 of 25 items")
        let excluded = try #require(report["notComparable"] as? [[String: Any]])
        #expect(excluded.count == 1)
        #expect(excluded.first?["itemA"] as? String == "vr-collaboration")
        #expect(excluded.first?["itemB"] as? String == "partner-collaboration")
        #expect(excluded.first?["relation"] as? String == "adapted")
        #expect((excluded.first?["reason"] as? String)?.contains("000:396") == true)
        let items = try #require(report["comparable"] as? [[String: Any]])
        let phases = try #require(items.first { $0["itemA"] as? String == "vocational-generalists" })
        #expect(phases["relation"] as? String == "rescaled")
        #expect(phases["levelMap"] as? [String: Int] == ["1": 1, "2": 2, "3": 3, "4": 4, "5": 5])
        #expect(phases["approximate"] as? Bool == true)
        let totals = try #require(report["totals"] as? [String: Int])
        // The sample review's 103 without item 6 (4) is 99; the 2026 review's 100 without its 3 is 97.
        #expect(totals == ["a": 99, "aOnB": 99, "b": 97, "change": -2])
    }

    @Test func comparesAReviewWithItselfAsFullyComparable() throws {
        let sample = "Examples/reviews/2008-nb-sample.yaml"
        let output = try ScalecRunner.run(["compare", "Scales/ips-fidelity", sample, sample, "--format", "json"])
        #expect(output.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(report["verdict"] as? String == "fully comparable")
        #expect((report["totals"] as? [String: Int])?["change"] == 0)
    }

    @Test func comparesInTheOtherDirectionToo() throws {
        let output = try ScalecRunner.run([
            "compare", "Scales/ips-fidelity", "Examples/reviews/fi-2026-invented.yaml",
            "Examples/reviews/2008-nb-sample.yaml", "--language", "sv-FI",
        ])
        #expect(output.status == 0)
        #expect(output.stdout.contains("Verdict: comparable over 24 of 25 items"))
        // 2008 has no sv-FI text: its titles come through the declared fallback sv-FI → sv, marked.
        #expect(output.stdout.contains("3. Heltäckande tjänst → Personal 3. Arbetscoachernas helhetsansvar [sv]"))
    }
}
