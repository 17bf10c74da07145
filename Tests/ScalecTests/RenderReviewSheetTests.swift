import Foundation
import Testing

/// `scalec render --beside` reads the scale folder for lines and stale entries, and writes the
/// page's own words in the page's language.
@Suite struct RenderReviewSheetTests {
    @Test func theSheetShowsLinesAndStaleEntriesFromTheFolder() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/2008/text.nb.yaml"), replacing: "title: Deltakerportefølje",
            with: "title: Deltakerporteføljen")
        let run = try ScalecRunner.run(
            ["render", "ips-fidelity", "--edition", "2008", "--language", "nb", "--beside", "sv", "-o", "review.html"], in: folder)
        #expect(run.status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("review.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"where\" translate=\"no\">2008/text.sv.yaml:26</span>"))
        #expect(page.contains("<span lang=\"nb\">Deltakerportefølje</span>"), "the source text it was translated from")
        #expect(page.contains("<span lang=\"nb\"><del>Deltakerportefølje</del> <ins>Deltakerporteføljen</ins></span>"))
        #expect(page.contains("<td data-count=\"stale\">1</td>"))
        #expect(page.contains("<html lang=\"nb\">"))
    }

    @Test func thePageLanguageIsChosenAndFallsBackToEnglishOutLoud() throws {
        let run = try ScalecRunner.run(
            ["render", "Scales/ips-fidelity", "--edition", "2008", "--language", "nb", "--beside", "sv", "--page-language", "da"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("<html lang=\"en\">"))
        #expect(run.stdout.contains("scalec has none in da yet"))
        let swedish = try ScalecRunner.run(
            ["render", "Scales/ips-fidelity", "--edition", "2008", "--language", "nb", "--beside", "sv", "--page-language", "sv"])
        #expect(swedish.stdout.contains("<html lang=\"sv\">") && swedish.stdout.contains("Sammanfattning"))
        let bad = try ScalecRunner.run(
            ["render", "Scales/ips-fidelity", "--edition", "2008", "--language", "nb", "--beside", "sv", "--page-language", "x\"><script>"])
        #expect(bad.status != 0 && bad.stderr.contains("is not a BCP 47 language tag") && !bad.stdout.contains("<script>"))
    }
}
