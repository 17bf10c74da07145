import Foundation
import GoldenFiles
import Testing

/// `scalec score` and `scalec compare` on evaluators' spreadsheets (CSV).
@Suite struct SpreadsheetTests {
    /// As Nordic Excel saves "CSV UTF-8": a byte order mark, `;`, CRLF, Norwegian letters, a
    /// quoted note with a `;`, quotes and a line break, and two empty (missing) cells.
    static let nordic = "Examples/reviews/2008-nb-reviews.csv"
    /// Comma-separated, LF, item numbers as headers.
    static let numbered = "Examples/reviews/fi-2026-reviews.csv"

    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theNordicFileIsAsExcelWritesIt() throws {
        let bytes = try [UInt8](Data(contentsOf: ScalecRunner.packageRoot.appendingPathComponent(Self.nordic)))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains(";caseload-size;") && text.contains("\r\n") && text.contains("Tromsø"))
    }

    @Test func scoresEveryRowOfANordicSpreadsheetAsCSV() throws {
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "2008", Self.nordic, "--format", "csv"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        // Written back as it was read: `;`, with the byte order mark Excel needs to read UTF-8.
        #expect(output.stdout.hasPrefix("\u{FEFF}row;service;reviewed;note;total;complete;staffing;organization;services;"))
        Golden.check(output.stdout, named: "score-spreadsheet-2008.csv")
    }

    @Test func scoresEveryRowAsText() throws {
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "2008", Self.nordic])
        #expect(output.status == 0)
        Golden.check(output.stdout, named: "score-spreadsheet-2008.txt")
    }

    @Test func scoresEveryRowAsJSON() throws {
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "2008", Self.nordic, "--format", "json"])
        #expect(output.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let reviews = try #require(report["reviews"] as? [[String: Any]])
        #expect(reviews.map { $0["row"] as? Int } == [2, 3, 4])
        let first = try #require(reviews.first?["score"] as? [String: Any])
        // The handbook's sample report totals 103 (003:13633).
        #expect(first["total"] as? Int == 103)
        let last = try #require(reviews.last?["score"] as? [String: Any])
        #expect(last["missing"] as? [String] == ["ongoing-assessment", "employer-diversity"])
        #expect((last["metadata"] as? [String: String])?["service"] == "Tjenesten i Bodø")
    }

    @Test func readsItemNumbersAsHeaders() throws {
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "fi-2026", Self.numbered, "--format", "csv"])
        #expect(output.status == 0)
        Golden.check(output.stdout, named: "score-spreadsheet-fi-2026.csv")
    }

    @Test func guardsAgainstFormulaInjectionAndQuotesOutput() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("hostile.csv")
        try Data(#"service,note,caseload-size\#n"=HYPERLINK(""http://x"")","+1, then -2",5\#n@SUM(A1),-,4\#n"#.utf8).write(to: file)
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "2008", file.path, "--format", "csv"])
        #expect(output.status == 0)
        let lines = output.stdout.components(separatedBy: "\r\n")
        try #require(lines.count == 4)
        #expect(lines[1].hasPrefix("2,\"'=HYPERLINK(\"\"http://x\"\")\",,\"'+1, then -2\",5,no,"))
        #expect(lines[2].hasPrefix("3,'@SUM(A1),,'-,4,no,"))
    }

    @Test func locatesErrorsAtRowAndColumn() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.csv")
        try Data("service;caseload-sise;disclosure\r\nBodø;5;2,5\r\n".utf8).write(to: file)
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "2008", file.path])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains("bad.csv:1:2: error: [csv-unknown-column] column B is headed 'caseload-sise', which is neither an item of edition '2008' nor service, reviewed or note; did you mean 'caseload-size'?"))
        #expect(output.stderr.contains("bad.csv:2:3: error: [invalid-number] '2,5' is not a level of 'disclosure'; levels are whole numbers 1–5"))
    }

    @Test func needsAnEditionWhenTheScaleHasSeveral() throws {
        let output = try ScalecRunner.run(["score", "Scales/ips-fidelity", Self.nordic])
        #expect(output.status != 0)
        #expect(output.stderr.contains("choose one with --edition"))
    }

    @Test func comparesTwoSpreadsheetsServiceByService() throws {
        let output = try ScalecRunner.run([
            "compare", "Scales/ips-fidelity", Self.nordic, Self.numbered, "--edition-a", "2008", "--edition-b", "fi-2026",
        ])
        #expect(output.status == 0)
        Golden.check(output.stdout, named: "compare-spreadsheets.txt")
        let json = try ScalecRunner.run([
            "compare", "Scales/ips-fidelity", Self.nordic, Self.numbered, "--edition-a", "2008", "--edition-b", "fi-2026",
            "--format", "json",
        ])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let pairs = try #require(report["pairs"] as? [[String: Any]])
        #expect(pairs.map { $0["service"] as? String } == ["Tjenesten i Tromsø", "Tjenesten i Bodø"])
        #expect((report["onlyInA"] as? [[String: Any]])?.first?["service"] as? String == "Eksempelrapporten i håndboken")
        #expect((report["onlyInB"] as? [[String: Any]])?.first?["row"] as? Int == 4)
    }

    @Test func refusesAServiceReviewedTwiceInOneSheet() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("twice.csv")
        try Data("service,caseload-size\nBodø,5\nBodø,4\n".utf8).write(to: file)
        let output = try ScalecRunner.run([
            "compare", "Scales/ips-fidelity", file.path, file.path, "--edition-a", "2008", "--edition-b", "2008",
        ])
        #expect(output.status == 1)
        #expect(output.stderr.contains("twice.csv:3:1: error: [duplicate-id] service 'Bodø' has a second review in row 3"))
    }

    @Test func refusesOneSpreadsheetAndOneScoreFile() throws {
        let output = try ScalecRunner.run(["compare", "Scales/ips-fidelity", Self.nordic, "Examples/reviews/2008-nb-sample.yaml"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("not one of each"))
    }
}
