import Foundation
import IPSFidelity
import Testing

/// The runtime's `Review` writes the file `scalec score` reads, and `ScoreReportDocument` reads
/// what it prints: an app and the CLI score a review the same way.
@Suite struct ReviewRoundTripTests {
    private static var review: Review<IPSFidelity2008> {
        Review(
            service: "Eksempeltjenesten", reviewed: "2026-03-01",
            entries: [
                .caseloadSize: .facts(.init(.values([25, 19, 20]), conditions: [.caseloadSize.namedClientList: true])),
                .integrationTeamContact: .facts(.init(.criteriaMet([.integrationTeamContact.weeklyMeetings, .integrationTeamContact.workFocus]))),
                .competitiveJobs: .facts(.init(.quotient(count: 9, of: 11))),
                .jobTypeDiversity: .facts(.init(.labels(["Oppvasker", "Oppvasker", "Sjåfør"]), specialists: 1)),
                .zeroExclusion: .level(4),
            ],
            notes: [.zeroExclusion: "Alle som ønsker jobb, får tilbud."], strengths: ["Tett samarbeid med NAV."],
            recommendations: ["Skriv ned jobbplanene."], evaluators: ["Kari Nordmann", "Ola Nordmann"])
    }

    @Test func anAppWritesAReviewTheCLIScoresTheSameWay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("review.json")
        try JSONEncoder().encode(Self.review).write(to: file)

        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", file.path, "--format", "json"])
        #expect(output.status == 0, "\(output.stderr)")
        let printed = try JSONDecoder().decode(ScoreReportDocument.self, from: Data(output.stdout.utf8))

        let (sheet, findings) = try Self.review.sheet()
        let result = sheet.result()
        #expect(printed.total == result.total)
        #expect(printed.missing == result.missing.map(\.rawValue))
        #expect(printed.metadata["service"] == "Eksempeltjenesten")
        for finding in printed.findings {
            let item = try #require(IPSFidelity2008.Item(rawValue: finding.item))
            #expect(findings[item]?.level == finding.level, "\(finding.item)")
            #expect(findings[item]?.untyped.explanationText == finding.explanation, "\(finding.item)")
        }
        #expect(printed.findings.count == 4)

        let report = try ScalecRunner.run(["report", "Scales/ips-fidelity", file.path, "-o", "-"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Alle som ønsker jobb, får tilbud."))
        #expect(report.stdout.contains("Kari Nordmann"))
    }

    @Test func aReviewDecodesFromTheJSONItEncodes() throws {
        let data = try JSONEncoder().encode(Self.review)
        #expect(try JSONDecoder().decode(Review<IPSFidelity2008>.self, from: data) == Self.review)
    }

    @Test func aReviewOfAnotherEditionOrWithUnknownIdsIsRefused() {
        let wrongEdition = Data(#"{"edition": "fi-2026", "scores": {}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Review<IPSFidelity2008>.self, from: wrongEdition) }
        let unknownItem = Data(#"{"scores": {"caseload-sise": 4}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Review<IPSFidelity2008>.self, from: unknownItem) }
        let unknownCriterion = Data(#"{"scores": {"integration-team-contact": {"met": ["weekly-meeting"]}}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Review<IPSFidelity2008>.self, from: unknownCriterion) }
        let twoForms = Data(#"{"scores": {"caseload-size": {"value": 20, "values": [20]}}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Review<IPSFidelity2008>.self, from: twoForms) }
        let unknownKey = Data(#"{"scores": {"caseload-size": {"value": 20, "valeu": 3}}}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Review<IPSFidelity2008>.self, from: unknownKey) }
    }

    @Test func badRemarksAreRefused() {
        for json in [
            #"{"scores": {}, "notes": {"caseload-sise": "x"}}"#, #"{"scores": {}, "notes": {"caseload-size": ""}}"#,
            #"{"scores": {}, "notes": {"caseload-size": 4}}"#, #"{"scores": {}, "strengths": "one"}"#,
            #"{"scores": {}, "recommendations": [""]}"#, #"{"scores": {}, "evaluators": [3]}"#,
        ] {
            #expect(throws: DecodingError.self, "\(json)") { try JSONDecoder().decode(Review<IPSFidelity2008>.self, from: Data(json.utf8)) }
        }
    }

    @Test func aLevelOutsideTheScaleIsAnErrorWhenScored() throws {
        let review = Review<IPSFidelity2008>(entries: [.zeroExclusion: .level(7)])
        #expect(throws: ScoreError.self) { try review.sheet() }
    }
}
