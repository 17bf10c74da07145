import Foundation
import Testing

/// `scalec export --format fhir-questionnaire | fhir-conceptmap | fhir-conceptmap-r4` on the real
/// scale (and on copies whose relations are edited to reach the other relationship codes).
/// `scripts/test` validates the same output with an independent FHIR implementation.
@Suite struct FHIRExportTests {
    static let scale = "Scales/ips-fidelity"
    static let translation = "http://hl7.org/fhir/StructureDefinition/translation"
    static let ordinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
    static let itemWeight = "http://hl7.org/fhir/StructureDefinition/itemWeight"

    // MARK: - Helpers

    /// Runs `scalec` and parses standard output as a JSON object.
    static func export(_ arguments: [String], scale: String = FHIRExportTests.scale) throws -> [String: Any] {
        let output = try ScalecRunner.run(["export", scale] + arguments)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    /// The groups of a Questionnaire and their questions.
    static func groups(_ questionnaire: [String: Any]) throws -> [[String: Any]] {
        try #require(questionnaire["item"] as? [[String: Any]])
    }

    static func questions(_ questionnaire: [String: Any]) throws -> [[String: Any]] {
        try groups(questionnaire).flatMap { ($0["item"] as? [[String: Any]]) ?? [] }
    }

    /// `lang → content` of a primitive's `_element` translation extensions.
    static func translations(_ element: Any?) -> [String: String] {
        var result: [String: String] = [:]
        for extensionValue in (element as? [String: Any])?["extension"] as? [[String: Any]] ?? [] {
            guard extensionValue["url"] as? String == translation else { continue }
            let parts = extensionValue["extension"] as? [[String: Any]] ?? []
            let lang = parts.first { $0["url"] as? String == "lang" }?["valueCode"] as? String
            let content = parts.first { $0["url"] as? String == "content" }?["valueString"] as? String
            if let lang, let content { result[lang] = content }
        }
        return result
    }

    /// The element of a ConceptMap group with this source code.
    static func element(_ code: String, in group: [String: Any]) throws -> [String: Any] {
        let elements = try #require(group["element"] as? [[String: Any]])
        return try #require(elements.first { $0["code"] as? String == code }, "no element \(code)")
    }

    static func targets(_ element: [String: Any]) -> [[String: Any]] { element["target"] as? [[String: Any]] ?? [] }

    /// The level group whose mappings depend on `item` (R5 `valueCoding.code` or R4B `value`).
    static func levelGroup(of item: String, in conceptMap: [String: Any]) throws -> [String: Any]? {
        let groups = try #require(conceptMap["group"] as? [[String: Any]])
        return groups.dropFirst().first { group in
            let elements = group["element"] as? [[String: Any]] ?? []
            let dependsOn = elements.first.flatMap { targets($0).first?["dependsOn"] as? [[String: Any]] }?.first
            let code = (dependsOn?["valueCoding"] as? [String: Any])?["code"] as? String ?? dependsOn?["value"] as? String
            return code == item
        }
    }

    /// R5 target `property` values by code.
    static func properties(_ target: [String: Any]) -> [String: Any] {
        var result: [String: Any] = [:]
        for property in target["property"] as? [[String: Any]] ?? [] {
            guard let code = property["code"] as? String else { continue }
            result[code] = property["valueCode"] ?? property["valueBoolean"]
        }
        return result
    }

    /// A copy of the real scale whose 2008 → fi-2026 relation file is edited.
    static func editedScale(_ find: String, _ replacement: String) throws -> URL {
        let folder = try ScalecRunner.copyOfRealScale()
        try ScalecRunner.edit(
            folder.appendingPathComponent("ips-fidelity/relations/2008--fi-2026.yaml"), replacing: find, with: replacement)
        return folder
    }

    // MARK: - Questionnaire

    @Test func questionnaireR4BHasTheItemsGroupsLevelsAndScores() throws {
        let questionnaire = try Self.export(["--edition", "2008", "--format", "fhir-questionnaire"])
        #expect(questionnaire["resourceType"] as? String == "Questionnaire")
        #expect(questionnaire["url"] as? String == "urn:scale:ips-fidelity:2008")
        #expect(questionnaire["version"] as? String == "2008")
        #expect(questionnaire["status"] as? String == "draft")
        #expect(questionnaire["title"] as? String == "IPS-kvalitetsskala")
        #expect(questionnaire["language"] as? String == "nb")
        #expect(Self.translations(questionnaire["_title"]) == ["sv": "Programtrohetsskalan"])

        let groups = try Self.groups(questionnaire)
        #expect(groups.map { $0["linkId"] as? String } == ["staffing", "organization", "services"])
        #expect(groups.allSatisfy { $0["type"] as? String == "group" })
        #expect(groups.map { ($0["item"] as? [Any])?.count } == [3, 8, 14])

        let questions = try Self.questions(questionnaire)
        #expect(questions.count == 25)
        // linkIds are the stable ids, in the JSON export's order.
        let plain = try Self.export(["--edition", "2008"])
        let ids = try #require(plain["items"] as? [[String: Any]]).map { $0["id"] as? String }
        #expect(questions.map { $0["linkId"] as? String } == ids)
        // 2008 numbers items within each section.
        let prefixes: [String?] = [3, 8, 14].flatMap { count in (1...count).map { String($0) } }
        #expect(questions.map { $0["prefix"] as? String } == prefixes)
        for question in questions {
            let id = question["linkId"] as? String ?? ""
            #expect(question["type"] as? String == "choice", "\(id)")
            #expect(question["answerConstraint"] == nil, "\(id)")
            #expect((question["text"] as? String)?.isEmpty == false, "\(id)")
            #expect(Self.translations(question["_text"])["sv"]?.isEmpty == false, "no sv title for \(id)")
            let code = try #require((question["code"] as? [[String: Any]])?.first)
            #expect(code["system"] as? String == "urn:scale:ips-fidelity:2008:items")
            #expect(code["code"] as? String == id)
            let options = try #require(question["answerOption"] as? [[String: Any]])
            #expect(options.count == 5, "\(id)")
            for (index, option) in options.enumerated() {
                let coding = try #require(option["valueCoding"] as? [String: Any])
                #expect(coding["system"] as? String == "urn:scale:ips-fidelity:2008:levels")
                #expect(coding["code"] as? String == String(index + 1))
                #expect((coding["display"] as? String)?.isEmpty == false, "\(id) level \(index + 1)")
                // The sv manual prints no anchors: no translation of the displays.
                #expect(coding["_display"] == nil, "\(id) level \(index + 1)")
                let extensions = try #require(option["extension"] as? [[String: Any]])
                #expect(extensions.count == 1)
                #expect(extensions.first?["url"] as? String == Self.ordinalValue)
                #expect(extensions.first?["valueDecimal"] as? Int == index + 1)
            }
        }
        let caseload = try #require(questions.first)
        #expect(caseload["linkId"] as? String == "caseload-size")
        #expect(Self.translations(caseload["_text"]) == ["sv": "Klientgruppens storlek"])
        #expect(Self.translations(groups.first?["_text"]) == ["sv": "Personal"])
        let firstAnchor = (caseload["answerOption"] as? [[String: Any]])?.first?["valueCoding"] as? [String: Any]
        #expect(firstAnchor?["display"] as? String == "41 eller flere deltakere per jobbspesialist.")
    }

    @Test func questionnaireR5UsesCodingItemWeightAndOptionsOnly() throws {
        let r4b = try Self.export(["--edition", "2008", "--format", "fhir-questionnaire", "--fhir-version", "r4b"])
        let r5 = try Self.export(["--edition", "2008", "--format", "fhir-questionnaire", "--fhir-version", "r5"])
        let r4bQuestions = try Self.questions(r4b)
        let r5Questions = try Self.questions(r5)
        #expect(r5Questions.map { $0["linkId"] as? String } == r4bQuestions.map { $0["linkId"] as? String })
        #expect(r5Questions.map { $0["text"] as? String } == r4bQuestions.map { $0["text"] as? String })
        for question in r5Questions {
            #expect(question["type"] as? String == "coding")
            #expect(question["answerConstraint"] as? String == "optionsOnly")
            let options = try #require(question["answerOption"] as? [[String: Any]])
            #expect(options.count == 5)
            for (index, option) in options.enumerated() {
                let extensions = try #require(option["extension"] as? [[String: Any]])
                #expect(extensions.map { $0["url"] as? String } == [Self.itemWeight])
                #expect(extensions.first?["valueDecimal"] as? Int == index + 1)
            }
        }
        let text = try ScalecRunner.run(["export", Self.scale, "--edition", "2008", "--format", "fhir-questionnaire", "--fhir-version", "r5"]).stdout
        #expect(!text.contains(Self.ordinalValue))
    }

    @Test func questionnaireOfFi2026NumbersItemsOneToTwentyFive() throws {
        let questionnaire = try Self.export(["--edition", "fi-2026", "--format", "fhir-questionnaire"])
        #expect(questionnaire["url"] as? String == "urn:scale:ips-fidelity:fi-2026")
        #expect(questionnaire["language"] as? String == "sv-FI")
        #expect(questionnaire["_title"] == nil)
        let questions = try Self.questions(questionnaire)
        #expect(try Self.groups(questionnaire).count == 3)
        #expect(questions.map { $0["prefix"] as? String } == (1...25).map(String.init))
        #expect(questions[5]["linkId"] as? String == "partner-collaboration")
        let options = questions.compactMap { $0["answerOption"] as? [[String: Any]] }
        #expect(options.allSatisfy { $0.count == 5 })
        #expect(options.joined().allSatisfy { (($0["valueCoding"] as? [String: Any])?["display"] as? String)?.isEmpty == false })
    }

    @Test func questionnaireInAnotherLanguageMakesTheSourceATranslation() throws {
        let questionnaire = try Self.export(["--edition", "2008", "--format", "fhir-questionnaire", "--language", "sv"])
        #expect(questionnaire["language"] as? String == "sv")
        #expect(questionnaire["title"] as? String == "Programtrohetsskalan")
        #expect(Self.translations(questionnaire["_title"]) == ["nb": "IPS-kvalitetsskala"])
        let first = try #require(try Self.questions(questionnaire).first)
        #expect(first["text"] as? String == "Klientgruppens storlek")
        let coding = (first["answerOption"] as? [[String: Any]])?.first?["valueCoding"] as? [String: Any]
        #expect(coding?["display"] == nil)
        #expect(Self.translations(coding?["_display"])["nb"] == "41 eller flere deltakere per jobbspesialist.")
    }

    @Test func baseURLStatusAndOutputFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scalec-fhir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("q.json")
        let output = try ScalecRunner.run([
            "export", Self.scale, "--edition", "2008", "--format", "fhir-questionnaire", "--base-url", "https://example.org/fhir/",
            "--status", "active", "-o", file.path,
        ])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout.isEmpty)
        let questionnaire = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        #expect(questionnaire["url"] as? String == "https://example.org/fhir/ips-fidelity/2008")
        #expect(questionnaire["status"] as? String == "active")
        let coding = (try Self.questions(questionnaire).first?["answerOption"] as? [[String: Any]])?.first?["valueCoding"] as? [String: Any]
        #expect(coding?["system"] as? String == "https://example.org/fhir/ips-fidelity/2008/levels")

        let conceptMap = try Self.export(["--format", "fhir-conceptmap", "--from", "2008", "--to", "fi-2026", "--base-url", "https://example.org/fhir"])
        #expect(conceptMap["url"] as? String == "https://example.org/fhir/ips-fidelity/2008--fi-2026")
        #expect(conceptMap["sourceScopeUri"] as? String == "https://example.org/fhir/ips-fidelity/2008")
    }

    @Test(arguments: ["fhir-questionnaire", "fhir-conceptmap", "fhir-conceptmap-r4"])
    func outputIsDeterministicWithSortedKeys(format: String) throws {
        let arguments = ["export", Self.scale, "--format", format] + (format == "fhir-questionnaire" ? ["--edition", "2008"] : ["--from", "2008", "--to", "fi-2026"])
        let first = try ScalecRunner.run(arguments)
        let second = try ScalecRunner.run(arguments)
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        // Keys in file order are sorted (here at the top level).
        let keys = first.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(keys == keys.sorted())
    }

    // MARK: - ConceptMap

    @Test func conceptMapR5RelatesItemsAndLevels() throws {
        let map = try Self.export(["--format", "fhir-conceptmap", "--from", "2008", "--to", "fi-2026"])
        #expect(map["resourceType"] as? String == "ConceptMap")
        #expect(map["url"] as? String == "urn:scale:ips-fidelity:2008--fi-2026")
        #expect(map["status"] as? String == "draft")
        #expect(map["sourceScopeUri"] as? String == "urn:scale:ips-fidelity:2008")
        #expect(map["targetScopeUri"] as? String == "urn:scale:ips-fidelity:fi-2026")
        let groups = try #require(map["group"] as? [[String: Any]])
        let items = try #require(groups.first)
        #expect(items["source"] as? String == "urn:scale:ips-fidelity:2008:items")
        #expect(items["target"] as? String == "urn:scale:ips-fidelity:fi-2026:items")
        #expect((items["element"] as? [Any])?.count == 25)

        // adapted: not-related-to, never an equivalence, and no level group.
        let adapted = try #require(Self.targets(try Self.element("vr-collaboration", in: items)).first)
        #expect(adapted["code"] as? String == "partner-collaboration")
        #expect(adapted["relationship"] as? String == "not-related-to")
        #expect((adapted["comment"] as? String)?.hasPrefix("The construct was changed for the Finnish service system") == true)
        #expect((adapted["comment"] as? String)?.contains("Sources: 003:10033–10099") == true)
        #expect(Self.properties(adapted)["relation-kind"] as? String == "adapted")
        #expect(try Self.levelGroup(of: "vr-collaboration", in: map) == nil)

        // identical: equivalent in R5, with the scale's kind kept as a property.
        let identical = try #require(Self.targets(try Self.element("caseload-size", in: items)).first)
        #expect(identical["code"] as? String == "caseload-size")
        #expect(identical["relationship"] as? String == "equivalent")
        #expect(Self.properties(identical)["relation-kind"] as? String == "identical")
        #expect(Self.properties(identical)["approximate"] as? Bool == false)
        let caseloadLevels = try #require(try Self.levelGroup(of: "caseload-size", in: map))
        #expect(caseloadLevels["source"] as? String == "urn:scale:ips-fidelity:2008:levels")
        #expect(caseloadLevels["target"] as? String == "urn:scale:ips-fidelity:fi-2026:levels")
        for level in 1...5 {
            let target = try #require(Self.targets(try Self.element(String(level), in: caseloadLevels)).first)
            #expect(target["code"] as? String == String(level))
            #expect(target["relationship"] as? String == "equivalent")
            let product = (target["product"] as? [[String: Any]])?.first
            #expect(product?["attribute"] as? String == "item")
            #expect((product?["valueCoding"] as? [String: Any])?["system"] as? String == "urn:scale:ips-fidelity:fi-2026:items")
        }
        #expect((map["additionalAttribute"] as? [[String: Any]])?.first?["code"] as? String == "item")

        // rescaled: equivalent item, level map carried, approximate levels only related-to.
        let rescaled = try #require(Self.targets(try Self.element("vocational-generalists", in: items)).first)
        #expect(rescaled["relationship"] as? String == "equivalent")
        #expect(Self.properties(rescaled)["relation-kind"] as? String == "rescaled")
        #expect(Self.properties(rescaled)["approximate"] as? Bool == true)
        let levels = try #require(try Self.levelGroup(of: "vocational-generalists", in: map))
        for level in 1...5 {
            let target = try #require(Self.targets(try Self.element(String(level), in: levels)).first)
            #expect(target["code"] as? String == String(level))
            #expect(target["relationship"] as? String == "related-to")
            #expect((target["comment"] as? String)?.hasPrefix("Approximate:") == true)
        }
        #expect(groups.count == 25)  // the item group and 24 level groups (not the adapted item)
    }

    @Test func conceptMapR4BUsesEquivalenceCodes() throws {
        let map = try Self.export(["--format", "fhir-conceptmap-r4", "--from", "2008", "--to", "fi-2026"])
        #expect(map["sourceUri"] as? String == "urn:scale:ips-fidelity:2008")
        #expect(map["targetUri"] as? String == "urn:scale:ips-fidelity:fi-2026")
        #expect(map["sourceScopeUri"] == nil)
        #expect(map["additionalAttribute"] == nil)
        #expect(map["property"] == nil)
        let groups = try #require(map["group"] as? [[String: Any]])
        let items = try #require(groups.first)
        func equivalence(_ code: String) throws -> String? {
            Self.targets(try Self.element(code, in: items)).first?["equivalence"] as? String
        }
        #expect(try equivalence("vr-collaboration") == "disjoint")
        #expect(try equivalence("caseload-size") == "equal")
        #expect(try equivalence("vocational-unit") == "equivalent")
        #expect(try equivalence("vocational-generalists") == "equivalent")
        let adapted = try #require(Self.targets(try Self.element("vr-collaboration", in: items)).first)
        #expect(adapted["code"] as? String == "partner-collaboration")
        #expect(adapted["relationship"] == nil)
        #expect(adapted["property"] == nil)
        let levels = try #require(try Self.levelGroup(of: "vocational-generalists", in: map))
        let three = try #require(Self.targets(try Self.element("3", in: levels)).first)
        #expect(three["equivalence"] as? String == "inexact")
        #expect((three["comment"] as? String)?.isEmpty == false)  // R4's cmd-1: inexact needs a comment
        let dependsOn = try #require((three["dependsOn"] as? [[String: Any]])?.first)
        #expect(dependsOn["system"] as? String == "urn:scale:ips-fidelity:2008:items")
        #expect(dependsOn["value"] as? String == "vocational-generalists")
        let product = try #require((three["product"] as? [[String: Any]])?.first)
        #expect(product["system"] as? String == "urn:scale:ips-fidelity:fi-2026:items")
    }

    @Test func conceptMapTheOtherWayRoundReadsTheRelationsBackwards() throws {
        for format in ["fhir-conceptmap", "fhir-conceptmap-r4"] {
            let map = try Self.export(["--format", format, "--from", "fi-2026", "--to", "2008"])
            #expect(map["url"] as? String == "urn:scale:ips-fidelity:fi-2026--2008")
            let items = try #require((map["group"] as? [[String: Any]])?.first)
            #expect(items["source"] as? String == "urn:scale:ips-fidelity:fi-2026:items")
            let adapted = try #require(Self.targets(try Self.element("partner-collaboration", in: items)).first)
            #expect(adapted["code"] as? String == "vr-collaboration")
            #expect((adapted["relationship"] ?? adapted["equivalence"]) as? String == (format == "fhir-conceptmap" ? "not-related-to" : "disjoint"))
            let identical = try #require(Self.targets(try Self.element("caseload-size", in: items)).first)
            #expect((identical["relationship"] ?? identical["equivalence"]) as? String == (format == "fhir-conceptmap" ? "equivalent" : "equal"))
        }
    }

    /// A map that merges levels: R5 names the source's width, R4 the target's, so the same pair is
    /// `source-is-narrower-than-target` in R5 and `wider` in R4, and the other way round
    /// `source-is-broader-than-target` and `narrower`; a level nothing maps to has no counterpart.
    @Test func mergedLevelsGetTheDirectionRight() throws {
        let folder = try Self.editedScale(
            "    level-map: {1: 1, 2: 2, 3: 3, 4: 4, 5: 5}\n    approximate: true\n", "    level-map: {1: 1, 2: 1, 3: 2, 4: 3, 5: 5}\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scale = folder.appendingPathComponent("ips-fidelity").path
        func target(_ format: String, from: String, to: String, level: Int) throws -> [[String: Any]] {
            let map = try Self.export(["--format", format, "--from", from, "--to", to], scale: scale)
            let levels = try #require(try Self.levelGroup(of: "vocational-generalists", in: map))
            return Self.targets(try Self.element(String(level), in: levels))
        }
        func codes(_ targets: [[String: Any]], _ key: String) -> [String] { targets.compactMap { $0[key] as? String } }

        // 2008 levels 1 and 2 are both fi-2026 level 1: each is narrower than the target.
        for level in [1, 2] {
            let r5 = try target("fhir-conceptmap", from: "2008", to: "fi-2026", level: level)
            #expect(codes(r5, "code") == ["1"])
            #expect(codes(r5, "relationship") == ["source-is-narrower-than-target"])
            let r4 = try target("fhir-conceptmap-r4", from: "2008", to: "fi-2026", level: level)
            #expect(codes(r4, "equivalence") == ["wider"])
        }
        let three = try target("fhir-conceptmap", from: "2008", to: "fi-2026", level: 3)
        #expect(codes(three, "code") == ["2"])
        #expect(codes(three, "relationship") == ["equivalent"])

        // Backwards: fi-2026 level 1 is 2008 levels 1 and 2, broader than each of them.
        let r5Back = try target("fhir-conceptmap", from: "fi-2026", to: "2008", level: 1)
        #expect(codes(r5Back, "code") == ["1", "2"])
        #expect(codes(r5Back, "relationship") == ["source-is-broader-than-target", "source-is-broader-than-target"])
        let r4Back = try target("fhir-conceptmap-r4", from: "fi-2026", to: "2008", level: 1)
        #expect(codes(r4Back, "equivalence") == ["narrower", "narrower"])
        #expect(r4Back.allSatisfy { ($0["comment"] as? String)?.isEmpty == false })  // R4's cmd-1
        // fi-2026 level 4 has no 2008 level: noMap in R5, unmatched in R4B.
        let map = try Self.export(["--format", "fhir-conceptmap", "--from", "fi-2026", "--to", "2008"], scale: scale)
        let levels = try #require(try Self.levelGroup(of: "vocational-generalists", in: map))
        let four = try Self.element("4", in: levels)
        #expect(four["noMap"] as? Bool == true)
        #expect(four["target"] == nil)
        let r4Four = try target("fhir-conceptmap-r4", from: "fi-2026", to: "2008", level: 4)
        #expect(codes(r4Four, "equivalence") == ["unmatched"])
        #expect(r4Four.first?["code"] == nil)
    }

    @Test func anItemWithoutCounterpartHasNoMap() throws {
        let folder = try Self.editedScale(
            "  - from: vr-collaboration\n    to: partner-collaboration\n    relation: adapted\n",
            "  - to: partner-collaboration\n    relation: none\n    note: New in fi-2026.\n  - from: vr-collaboration\n    relation: none\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let scale = folder.appendingPathComponent("ips-fidelity").path
        let r5 = try Self.export(["--format", "fhir-conceptmap", "--from", "2008", "--to", "fi-2026"], scale: scale)
        let r5Items = try #require((r5["group"] as? [[String: Any]])?.first)
        let r5Element = try Self.element("vr-collaboration", in: r5Items)
        #expect(r5Element["noMap"] as? Bool == true)
        #expect(r5Element["target"] == nil)
        let r4 = try Self.export(["--format", "fhir-conceptmap-r4", "--from", "fi-2026", "--to", "2008"], scale: scale)
        let r4Items = try #require((r4["group"] as? [[String: Any]])?.first)
        let unmatched = try #require(Self.targets(try Self.element("partner-collaboration", in: r4Items)).first)
        #expect(unmatched["equivalence"] as? String == "unmatched")
        #expect(unmatched["code"] == nil)
        #expect(unmatched["comment"] as? String == "New in fi-2026.")
    }

    // MARK: - Bad combinations

    @Test(arguments: [
        (["--edition", "2008", "--from", "2008"], "--from names a ConceptMap's edition: use it with --format fhir-conceptmap or fhir-conceptmap-r4"),
        (["--edition", "2008", "--format", "fhir-questionnaire", "--to", "fi-2026"], "--to names a ConceptMap's edition"),
        (["--format", "fhir-conceptmap", "--from", "2008"], "--format fhir-conceptmap needs --from and --to: the editions the relations lead from and to (missing --to)"),
        (["--format", "fhir-conceptmap-r4", "--to", "2008"], "(missing --from)"),
        (["--format", "fhir-conceptmap", "--edition", "2008", "--from", "2008", "--to", "fi-2026"], "--edition does not apply to --format fhir-conceptmap"),
        (["--format", "fhir-conceptmap", "--language", "nb", "--from", "2008", "--to", "fi-2026"], "--language does not apply to --format fhir-conceptmap"),
        (["--format", "fhir-conceptmap", "--fhir-version", "r4b", "--from", "2008", "--to", "fi-2026"], "--fhir-version r4b does not apply to --format fhir-conceptmap: fhir-conceptmap is R5, fhir-conceptmap-r4 is R4B"),
        (["--format", "fhir-conceptmap", "--from", "2008", "--to", "2008"], "--from and --to both name '2008'"),
        (["--edition", "2008", "--fhir-version", "r5"], "--fhir-version applies to the FHIR formats"),
        (["--edition", "2008", "--base-url", "https://example.org"], "--base-url applies to the FHIR formats"),
        (["--edition", "2008", "--format", "fhir-xml"], "'fhir-xml'"),
        (["--edition", "2008", "--format", "fhir-questionnaire", "--fhir-version", "r6"], "'r6'"),
        (["--edition", "2008", "--format", "fhir-questionnaire", "--base-url", "example.org/fhir"], "--base-url 'example.org/fhir' is not an absolute URL"),
        (["--format", "fhir-conceptmap", "--from", "2009", "--to", "fi-2026"], "--from: the scale has no edition '2009'; it has: 2008, fi-2026. Did you mean '2008'?"),
        (["--format", "fhir-conceptmap-r4", "--from", "2008", "--to", "fi-2062"], "--to: the scale has no edition 'fi-2062'; it has: 2008, fi-2026. Did you mean 'fi-2026'?"),
        (["--edition", "2008", "--format", "fhir-questionnaire", "--language", "da"], "edition '2008' has no text in 'da'"),
    ])
    func rejectsABadCombination(arguments: [String], message: String) throws {
        let output = try ScalecRunner.run(["export", Self.scale] + arguments)
        #expect(output.status != 0)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains(message), "\(output.stderr)")
    }

    @Test func refusesToOverwriteTheScale() throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scale = folder.appendingPathComponent("ips-fidelity")
        let before = try Data(contentsOf: scale.appendingPathComponent("scale.yaml"))
        let output = try ScalecRunner.run([
            "export", scale.path, "--edition", "2008", "--format", "fhir-questionnaire", "-o", scale.appendingPathComponent("scale.yaml").path,
        ])
        #expect(output.status != 0)
        #expect(output.stderr.contains("is a file of the scale"))
        #expect(try Data(contentsOf: scale.appendingPathComponent("scale.yaml")) == before)
    }
}
