import Testing

@testable import ScaleCompiler

/// The RFC 4180 reader: separators, quoting, line ends, encodings, and located errors.
@Suite struct CSVReaderTests {
    private func read(_ text: String) -> (CSVTable?, [Diagnostic]) { CSVReader.read(SourceFile(path: "r.csv", text: text)) }

    private func values(_ table: CSVTable?) -> [[String]] { table?.records.map { $0.fields.map(\.value) } ?? [] }

    @Test func readsCommaSeparatedRowsWithLF() {
        let (table, problems) = read("a,b,c\n1,2,3\n")
        #expect(problems.isEmpty)
        #expect(table?.delimiter == ",")
        #expect(values(table) == [["a", "b", "c"], ["1", "2", "3"]])
    }

    @Test func detectsSemicolonsFromTheHeaderRow() {
        // Nordic Excel: `;` between fields, and decimal commas inside them.
        let (table, problems) = read("service;note\r\nBodø;2,5 stillinger\r\n")
        #expect(problems.isEmpty)
        #expect(table?.delimiter == ";")
        #expect(values(table) == [["service", "note"], ["Bodø", "2,5 stillinger"]])
    }

    @Test func skipsAByteOrderMark() {
        let (table, _) = CSVReader.read(SourceFile(path: "r.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("a;b\r\n1;2\r\n".utf8)))
        #expect(values(table) == [["a", "b"], ["1", "2"]])
    }

    @Test func readsQuotedFieldsWithSeparatorsQuotesAndNewlines() {
        let (table, problems) = read("a,b\n\"x, y\",\"say \"\"hi\"\"\nthen go\"\nlast,\"\"\n")
        #expect(problems.isEmpty)
        #expect(values(table) == [["a", "b"], ["x, y", "say \"hi\"\nthen go"], ["last", ""]])
        // Rows are records, as a spreadsheet numbers them, whatever newlines a cell holds.
        #expect(table?.records.map(\.row) == [1, 2, 3])
        #expect(table?.records.last?.fields.last?.location == SourceLocation(file: "r.csv", line: 3, column: 2))
    }

    @Test func keepsEmptyFieldsAndATrailingSeparator() {
        let (table, _) = read("a,b,c\n,,\n1,")
        #expect(values(table) == [["a", "b", "c"], ["", "", ""], ["1", ""]])
    }

    @Test func reportsAnUnclosedQuoteWhereItOpens() {
        let (table, problems) = read("a,b\n1,\"open\n2,3\n")
        #expect(table == nil)
        #expect(problems.map(\.code) == [.csvSyntax])
        #expect(problems.first?.location == SourceLocation(file: "r.csv", line: 2, column: 2))
        #expect(problems.first?.message.contains("never closed") == true)
    }

    @Test func reportsAQuoteInsideAnUnquotedField() {
        let (_, problems) = read("a,b\n1,ab\"c\n")
        #expect(problems.map(\.code) == [.csvSyntax])
        #expect(problems.first?.location == SourceLocation(file: "r.csv", line: 2, column: 2))
    }

    @Test func reportsTextAfterAClosingQuote() {
        let (_, problems) = read("a,b\n\"x\"y,1\n")
        #expect(problems.map(\.code) == [.csvSyntax])
        #expect(problems.first?.message.contains("after the closing quote") == true)
    }

    @Test func locatesInvalidUTF8AtItsCell() {
        // Latin-1 ø (0xF8), as an older spreadsheet saves it.
        let bytes = Array("service;x\r\nBod".utf8) + [0xF8] + Array(";1\r\n".utf8)
        let (table, problems) = CSVReader.read(SourceFile(path: "r.csv", bytes: bytes))
        #expect(table == nil)
        #expect(problems.map(\.code) == [.invalidUTF8])
        #expect(problems.first?.location == SourceLocation(file: "r.csv", line: 2, column: 1))
    }

    @Test func refusesAnEmptyFileAndAnOverlongCell() {
        #expect(read("").1.map(\.code) == [.emptyFile])
        #expect(CSVReader.read(SourceFile(path: "r.csv", bytes: [0xEF, 0xBB, 0xBF])).1.map(\.code) == [.emptyFile])
        let long = String(repeating: "x", count: Limits.scalarLength + 1)
        #expect(read("a\n\(long)\n").1.map(\.code) == [.limitExceeded])
        #expect(CSVReader.read(.unread(path: "r.csv", size: Limits.scoreFileSize + 1)).1.map(\.code) == [.limitExceeded])
    }

    @Test func boundsRowsAndColumns() {
        let wide = String(repeating: ",", count: Limits.csvColumns + 1)
        #expect(read(wide + "\n").1.map(\.code) == [.limitExceeded])
        let tall = String(repeating: "1\n", count: Limits.csvRows + 1)
        #expect(read(tall).1.map(\.code) == [.limitExceeded])
        #expect(read(String(repeating: "1\n", count: Limits.csvRows)).1.isEmpty)
    }

    @Test func namesColumnsAsSpreadsheetsDo() {
        #expect(CSVTable.columnName(1) == "A")
        #expect(CSVTable.columnName(26) == "Z")
        #expect(CSVTable.columnName(27) == "AA")
        #expect(CSVTable.columnName(703) == "AAA")
    }
}
