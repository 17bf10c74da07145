import IPSFidelity
import Testing

/// What a scorer needs to read is in the module (issue 11, point 9): the meaning of the scale
/// points and the glossary terms items depend on, in every language that has them.
@Suite struct ScalePointsAndGlossaryTests {
    @Test func theNbTextSaysWhatTheScalePointsMean() throws {
        let nb = try #require(IPSFidelity2008.definition.text(in: "nb"))
        #expect(nb.scalePoints.count == 2)
        // 003:835–837.
        #expect(nb.scalePoints.contains { $0.contains("Skår 4 = adekvat implementert") })
        let sv = try #require(IPSFidelity2008.definition.text(in: "sv"))
        // 001:19–27 and 001:76–87.
        #expect(sv.scalePoints.contains { $0.contains("1 = stämmer inte alls och 5 = stämmer helt och hållet") })
    }

    @Test func theGlossaryNamesTheItemsThatDependOnEachTerm() throws {
        let nb = try #require(IPSFidelity2008.definition.text(in: "nb"))
        #expect(nb.glossary.count == 33)
        let minimumWage = try #require(nb.glossary.first { $0.id == "minimum-wage" })
        #expect(minimumWage.term == "Minstelønn")
        #expect(minimumWage.items == ["competitive-jobs"])
        // Every item a term names is an item of the edition (the compiler checks it).
        let ids = Set(IPSFidelity2008.Item.allCases.map(\.rawValue))
        #expect(nb.glossary.allSatisfy { $0.items.allSatisfy(ids.contains) })
    }
}
