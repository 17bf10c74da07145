import IPSFidelity
import Testing

/// The remaining worked examples of the sources (nb handbook 003 with its sample report at
/// 003:12077–13647, sv rating manual 001, fi-2026 edition 000), one case per example, each citing
/// the line its score is given on. The 37 examples in `WorkedExampleTests` are not repeated.
///
/// Two kinds of case:
/// - derived: the source gives numbers, per-specialist levels or the criteria met, and the
///   engine computes the level from them;
/// - anchor judgements (`.level(n)`): for items the scale leaves to the evaluator (rated, no
///   per-specialist rating given) the only fact the engine takes is the evaluator's level. Those
///   cases only pin that the source's level is a level of the item and passes through; they do
///   not derive it.
///
/// Where the source's level differs from the rule, the rule's level is asserted and the source's
/// recorded with the reason (`sourceSays`, `contradiction`).
@Suite struct SourceExampleTests {
    static let examples: [WorkedExample] = staffingAndOrganization + services + svManual + sampleReport

    // MARK: nb handbook, Bemanning and Organisasjon (003:1700–5841)

    static let staffingAndOrganization: [WorkedExample] = [
        // «Hvis porteføljene for eksempel er på 30, 20 og 25 deltakere, er den gjennomsnittlige
        // porteføljestørrelse 25, og dermed blir skåren 4» (003:1727–1731).
        .init("003:1729", .caseloadSize, ItemFacts(.values([30, 20, 25])), level: 4),
        // Work-interest at intake, written materials, sharing events; no periodic inquiry, rate not shared.
        .init(
            "003:2476", .competitiveEmploymentFocus,
            ItemFacts(.criteriaMet(["intake-inquiry", "written-materials", "experience-sharing"])), level: 3),
        // One day a week of written work tests, the rest IPS: all time is work-related.
        .init("003:2896", .vocationalServicesStaff, ItemFacts(.value(100)), level: 5),
        .init(
            "003:2939", .vocationalServicesStaff, ItemFacts(.values([50, 50])), level: 1, sourceSays: 2,
            contradiction: "both specialists spend about 50 % on vocational work and the example scores 2 (003:2939–2941), but level 2 is «60–74 prosent av tiden» (003:9787) and level 1 «mindre enn 60 prosent av tiden» (003:9781)"),
        // Anchor judgement: specialists refer to other vocational services instead of giving them.
        .init("003:3134", .vocationalGeneralists, ItemFacts(.values([0]), conditions: ["holds-caseload": true]), level: 2),
        // Integration with treatment teams: per specialist where the source rates one specialist.
        .init("003:3272", .integrationTeamAssignment, ItemFacts(.level(1)), level: 1),
        .init("003:3281", .integrationTeamAssignment, ItemFacts(.levels([2])), level: 2),
        .init("003:3287", .integrationTeamAssignment, ItemFacts(.levels([4])), level: 4),
        .init("003:3297", .integrationTeamAssignment, ItemFacts(.level(1)), level: 1),
        .init("003:3311", .integrationTeamAssignment, ItemFacts(.levels([2])), level: 2),
        .init("003:3315", .integrationTeamAssignment, ItemFacts(.levels([5])), level: 5),
        .init("003:3323", .integrationTeamAssignment, ItemFacts(.level(2)), level: 2),
        // Three clubhouse specialists, each with two teams giving 90 % of the caseload (003:3329–3331).
        .init("003:3333", .integrationTeamAssignment, ItemFacts(.levels([5, 5, 5])), level: 5),
        .init("003:3341", .integrationTeamAssignment, ItemFacts(.level(5)), level: 5),
        // Anchor judgements: collaboration with NAV.
        .init("003:3954", .vrCollaboration, ItemFacts(.level(5)), level: 5),
        .init("003:3958", .vrCollaboration, ItemFacts(.level(5)), level: 5),
        .init("003:3962", .vrCollaboration, ItemFacts(.level(5)), level: 5),
        .init("003:3970", .vrCollaboration, ItemFacts(.level(5)), level: 5),
        // Anchor judgements: vocational unit.
        .init("003:4082", .vocationalUnit, ItemFacts(.level(4)), level: 4),
        .init("003:4106", .vocationalUnit, ItemFacts(.level(1)), level: 1),
        .init("003:4126", .vocationalUnit, ItemFacts(.level(3)), level: 3),
        .init("003:4132", .vocationalUnit, ItemFacts(.level(1)), level: 1),
        .init("003:4154", .vocationalUnit, ItemFacts(.level(5)), level: 5),
        // Anchor judgement: 40 of 1200 served, no waiting list heard of.
        .init("003:4815", .zeroExclusion, ItemFacts(.level(2)), level: 2),
    ]

    // MARK: nb handbook, Tjenester (003:5841–9160)

    static let services: [WorkedExample] = [
        .init("003:5982", .workIncentivesPlanning, ItemFacts(.level(2)), level: 2),
        .init("003:6604", .ongoingAssessment, ItemFacts(.level(3)), level: 3),
        .init("003:6618", .ongoingAssessment, ItemFacts(.level(5)), level: 5),
        // One specialist observed with an employer; the example matches level 5.
        .init("003:7598", .jobDevelopmentQuality, ItemFacts(.levels([5])), level: 5),
        .init("003:7622", .jobDevelopmentQuality, ItemFacts(.level(1)), level: 1),
        .init("003:7626", .jobDevelopmentQuality, ItemFacts(.level(2)), level: 2),
        .init("003:8542", .individualizedFollowAlong, ItemFacts(.level(5)), level: 5),
    ]

    // MARK: sv rating manual (001)

    static let svManual: [WorkedExample] = [
        .init("001:262", .vocationalGeneralists, ItemFacts(.level(5)), level: 5),
        .init("001:313", .integrationTeamAssignment, ItemFacts(.level(5)), level: 5),
        .init("001:318", .integrationTeamAssignment, ItemFacts(.level(2)), level: 2),
        .init("001:526", .vocationalUnit, ItemFacts(.level(4)), level: 4),
        .init("001:749", .zeroExclusion, ItemFacts(.level(3)), level: 3),
        .init("001:1496", .ongoingAssessment, ItemFacts(.level(5)), level: 5),
        .init("001:1512", .ongoingAssessment, ItemFacts(.level(5)), level: 5),
        .init("001:1826", .jobDevelopmentQuality, ItemFacts(.level(2)), level: 2),
        .init("001:1828", .jobDevelopmentQuality, ItemFacts(.level(5)), level: 5),
        .init("001:2116", .timeUnlimitedSupport, ItemFacts(.level(3)), level: 3),
        .init("001:2125", .timeUnlimitedSupport, ItemFacts(.level(5)), level: 5),
        // Phone a few times, letter or e-mail, then close the case; the attempts are documented.
        .init(
            "001:2238", .assertiveEngagement, ItemFacts(.criteriaMet(["outreach-attempts-documented"])), level: 1,
            sourceSays: 2,
            contradiction: "one strategy (documented outreach) is met and the example gives 2 (001:2236–2239); the scale gives level 1 to «to eller færre strategier» (003:11602)"),
        // Five of six strategies, no family contact, a program several years old.
        .init(
            "001:2249", .assertiveEngagement,
            ItemFacts(
                .criteriaMet([
                    "no-closure-for-missed-appointments", "outreach-attempts-documented", "team-outreach",
                    "multiple-home-community-visits", "coordinated-visits",
                ])), level: 4),
        // The same five strategies in a newly started program: «bedömaren kan överväga en 5:a»
        // (the sentence begins on 001:2249, the score is on 001:2251).
        .init(
            "001:2251", .assertiveEngagement,
            ItemFacts(
                .criteriaMet([
                    "no-closure-for-missed-appointments", "outreach-attempts-documented", "team-outreach",
                    "multiple-home-community-visits", "coordinated-visits",
                ])), level: 4, sourceSays: 5,
            contradiction: "a new program with five of six strategies may get 5 (001:2249–2251), but five strategies are level 4 «fem strategier» (003:11624–11626) and the scale has no allowance for a program's age"),
    ]

    // MARK: nb sample report (003:12077–13647)

    static let sampleReport: [WorkedExample] = [
        // The report prints an average of 18; the mean is 18.67, level 5 either way.
        .init("003:12232", .caseloadSize, ItemFacts(.values([19, 18, 19])), level: 5),
        // «Hver jobbspesialist utfører hele spekteret» for the three specialists (003:12232).
        .init("003:12290", .vocationalGeneralists, ItemFacts(.values([6, 6, 6])), level: 5),
        // A: two teams, all referrals from them (anchor 5); B and C: three teams each (anchor 2).
        .init(
            "003:12318", .integrationTeamAssignment, ItemFacts(.levels([5, 2, 2])), level: 3, sourceSays: 2,
            contradiction: "rated per specialist (5, 2, 2; anchors 003:9904–9944) the item is «Legg sammen skårene, og del på antallet jobbspesialister. Rund ned» (003:3392–3394): 9 / 3 = 3; the report grades 2 (003:12309, facts 003:12316–12320)"),
        .init(
            "003:12383", .integrationTeamContact,
            ItemFacts(.criteriaMet(["shared-decisions", "integrated-records", "work-focus"])), level: 3),
        .init("003:12448", .vrCollaboration, ItemFacts(.level(4)), level: 4),
        .init("003:12480", .vocationalUnit, ItemFacts(.level(5)), level: 5),
        .init(
            "003:12553", .supervisorRole,
            ItemFacts(.criteriaMet(["supervision-ratio", "weekly-supervision", "field-mentoring"])), level: 3),
        .init("003:12658", .zeroExclusion, ItemFacts(.level(4)), level: 4),
        .init(
            "003:12724", .competitiveEmploymentFocus,
            ItemFacts(.criteriaMet(["periodic-inquiry", "written-materials", "experience-sharing"])), level: 3),
        .init(
            "003:12850", .executiveSupport,
            ItemFacts(.criteriaMet(["leadership-knowledge", "quality-review", "steering-group", "executive-communication"])),
            level: 4),
        .init("003:12904", .workIncentivesPlanning, ItemFacts(.level(4)), level: 4),
        .init(
            "003:12982", .disclosure,
            ItemFacts(.criteriaMet(["disclosure-not-required", "specific-information-discussed", "discussed-more-than-once"])),
            level: 4),
        .init("003:13047", .ongoingAssessment, ItemFacts(.level(4)), level: 4),
        // Ten clients' days to first employer contact; the supervisor is told to start recording them.
        .init(
            "003:13083", .rapidJobSearch,
            ItemFacts(.values([7, 9, 13, 14, 18, 25, 19, 31, 37, 72]), conditions: ["employer-contacts-recorded": false]),
            level: 4),
        // Six contacts a week per specialist from the logs; the report says nothing of their review.
        .init("003:13200", .jobDevelopmentFrequency, ItemFacts(.value(6)), level: 5),
        .init("003:13254", .jobDevelopmentQuality, ItemFacts(.level(4)), level: 4),
        // «Alle jobbene var ordinære», eleven clients in work (003:13335).
        .init("003:13377", .competitiveJobs, ItemFacts(.quotient(count: 11, of: 11)), level: 5),
        .init("003:13413", .individualizedFollowAlong, ItemFacts(.level(5)), level: 5),
        .init("003:13483", .timeUnlimitedSupport, ItemFacts(.level(3)), level: 3),
        .init("003:13524", .communityBasedServices, ItemFacts(.value(70)), level: 5),
        .init(
            "003:13565", .assertiveEngagement,
            ItemFacts(
                .criteriaMet([
                    "no-closure-for-missed-appointments", "outreach-attempts-documented", "team-outreach",
                    "multiple-home-community-visits", "family-contact",
                ])), level: 4),
    ]

    // MARK: fi-2026 (000)

    struct FiExample: Sendable, CustomTestStringConvertible {
        var source: String
        var item: String
        var facts: ItemFacts
        var level: Int?
        var testDescription: String { "\(source) \(item)" }
    }

    static let fiExamples: [FiExample] = [
        // «om antalet arbetssökande klienter är två, genomför tränaren minst 2 x 2, dvs. fyra,
        // arbetsgivarmöten per vecka» (000:282).
        FiExample(source: "000:282", item: "job-development-frequency", facts: ItemFacts(.value(4), jobSeekers: 2), level: 5)
    ]

    @Test(arguments: examples)
    func reproducesTheSource(example: WorkedExample) throws {
        try example.check()
    }

    @Test(arguments: fiExamples)
    func reproducesTheFinnishEdition(example: FiExample) throws {
        let finding = try IPSFidelityFi2026.definition.level(for: example.item, from: example.facts)
        #expect(finding.level == example.level, "\(finding.explanationText.joined(separator: "; "))")
        #expect(!finding.explanation.isEmpty)
    }

    @Test func noExampleRepeatsOneInWorkedExampleTests() {
        let existing = Set(WorkedExampleTests.examples.map { "\($0.source) \($0.item.rawValue)" })
        let repeated = Self.examples.map { "\($0.source) \($0.item.rawValue)" }.filter(existing.contains)
        #expect(repeated.isEmpty)
        let own = Self.examples.map { "\($0.source) \($0.item.rawValue)" }
        #expect(Set(own).count == own.count)
    }

    @Test func thereAreAtLeastAHundredExamplesEachCitingItsSource() {
        let sources = WorkedExampleTests.examples.map(\.source) + Self.examples.map(\.source) + Self.fiExamples.map(\.source)
        #expect(sources.count >= 100)
        for source in sources {
            #expect(source.range(of: #"^00[013]:\d+$"#, options: .regularExpression) != nil, "\(source)")
        }
    }
}
