import Testing

@testable import ScaleCompiler

/// Reading a spreadsheet of reviews against the real editions: headers, levels, located errors.
@Suite struct ReviewSpreadsheetReaderTests {
    private static let scale = ScaleCompilation.compile(RealScale.source).scale

    private func read(_ text: String, edition: String = "2008") throws -> (ReviewSpreadsheet?, [Diagnostic]) {
        let edition = try #require(Self.scale?.edition(edition))
        return ReviewSpreadsheetReader.read(SourceFile(path: "r.csv", text: text), edition: edition)
    }

    @Test func readsItemIdsMetadataAndMissingCells() throws {
        let (sheet, problems) = try read("Service;caseload-size;disclosure;note\r\nBodø;5;;første\r\n;;;\r\nTromsø; 3 ;4;\r\n")
        #expect(problems.isEmpty)
        let reviews = try #require(sheet?.reviews)
        #expect(reviews.map(\.row) == [2, 4])
        #expect(reviews[0].scores == ["caseload-size": 5])
        #expect(reviews[0].metadata == ["service": "Bodø", "note": "første"])
        #expect(reviews[1].scores == ["caseload-size": 3, "disclosure": 4])
    }

    @Test func readsItemNumbersWhereTheEditionNumbersAcrossTheScale() throws {
        let (sheet, problems) = try read("1,25\n5,4\n", edition: "fi-2026")
        #expect(problems.isEmpty)
        #expect(sheet?.reviews.first?.scores == ["caseload-size": 5, "assertive-engagement": 4])
    }

    @Test func asksForTheSectionWhereNumbersRepeat() throws {
        let (_, problems) = try read("1\n5\n")
        #expect(problems.map(\.code) == [.csvUnknownColumn])
        #expect(problems.first?.message.contains("staffing.1 (caseload-size)") == true)
        let (sheet, qualified) = try read("staffing.1,services.14\n5,4\n")
        #expect(qualified.isEmpty)
        #expect(sheet?.reviews.first?.scores == ["caseload-size": 5, "assertive-engagement": 4])
    }

    @Test func suggestsTheItemForAMisspeltHeader() throws {
        let (sheet, problems) = try read("service,caseload-sise\nA,5\n")
        #expect(sheet == nil)
        #expect(problems.map(\.code) == [.csvUnknownColumn])
        #expect(problems.first?.location == SourceLocation(file: "r.csv", line: 1, column: 2))
        #expect(problems.first?.message.contains("did you mean 'caseload-size'?") == true)
    }

    @Test func reportsARepeatedColumnOnceWithTheFirst() throws {
        let (_, problems) = try read("caseload-size,disclosure,caseload-size\n1,2,3\n")
        #expect(problems.map(\.code) == [.csvDuplicateColumn])
        #expect(problems.first?.location.column == 3)
        #expect(problems.first?.notes.first?.location?.column == 1)
    }

    @Test func locatesBadLevelsAtTheirCell() throws {
        let (_, problems) = try read("service;caseload-size;disclosure\r\nA;2,5;9\r\n")
        #expect(problems.map(\.code) == [.invalidNumber, .levelOutOfRange])
        #expect(problems.map(\.location) == [
            SourceLocation(file: "r.csv", line: 2, column: 2), SourceLocation(file: "r.csv", line: 2, column: 3),
        ])
    }

    @Test func reportsAValueBeyondTheHeader() throws {
        let (_, problems) = try read("caseload-size\n5,,3\n")
        #expect(problems.map(\.code) == [.csvExtraField])
        #expect(problems.first?.location == SourceLocation(file: "r.csv", line: 2, column: 3))
    }

    @Test func needsAtLeastOneReview() throws {
        #expect(try read("caseload-size\n").1.map(\.code) == [.emptyFile])
    }

    /// The widest header the limits allow, every cell an ambiguous or unknown number: one error
    /// per cell, found without comparing every header with every item.
    @Test func aHostileHeaderOfNumbersIsBounded() throws {
        let header = (1...(Limits.csvColumns - 1)).map { String($0 % 40) }.joined(separator: ",")
        let (sheet, problems) = try read(header + "\n" + "\n")
        #expect(sheet == nil)
        #expect(problems.allSatisfy { $0.code == .csvUnknownColumn || $0.code == .emptyFile || $0.code == .csvDuplicateColumn })
    }
}
