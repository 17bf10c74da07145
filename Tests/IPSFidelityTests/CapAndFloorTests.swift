import IPSFidelity
import Testing

/// The caps and floors declared from the nb handbook chapters, the sv manual and the fi-2026 scale
/// text: a level an evaluator gives that breaks one is an error, and a computed level is lowered
/// to the cap (or raised to the floor), with the rule listed as applied. Each case names the source
/// line of its rule.
@Suite struct CapAndFloorTests {
    enum Edition: Sendable {
        case nb, fi
        var definition: EditionDefinition { self == .nb ? IPSFidelity2008.definition : IPSFidelityFi2026.definition }
    }

    enum Bound: Sendable {
        /// At most this level when the condition is not met.
        case cap(Int)
        /// At least this level when the condition is met.
        case floor(Int)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let source: String
        let edition: Edition
        let item: String
        let condition: String
        let bound: Bound
        /// Facts whose level before the rule is 5 (for a cap) or 1 (for a floor), for items whose
        /// level is computed: measured, criteria and per-specialist items.
        let computed: ItemFacts.Observation?

        init(_ source: String, _ edition: Edition, _ item: String, _ condition: String, _ bound: Bound, computed: ItemFacts.Observation? = nil) {
            self.source = source
            self.edition = edition
            self.item = item
            self.condition = condition
            self.bound = bound
            self.computed = computed
        }

        /// The condition's value under which the rule applies.
        var applying: Bool { if case .floor = bound { true } else { false } }
        /// The level the rule yields, and a level that breaks it.
        var bounded: Int { switch bound { case .cap(let l), .floor(let l): l } }
        var breaking: Int { switch bound { case .cap(let l): l + 1; case .floor(let l): l - 1 } }
        var testDescription: String { "\(source) \(item): \(condition)" }
    }

    static let cases: [Case] = [
        .init("003:2653", .nb, "caseload-size", "named-client-list", .cap(3), computed: .values([18, 20, 19])),
        .init("003:3096", .nb, "vocational-generalists", "specialist-does-intake", .cap(4), computed: .levels([5, 5, 5])),
        .init("003:9842", .nb, "vocational-generalists", "holds-caseload", .cap(1), computed: .values([6])),
        .init("003:829", .nb, "integration-team-contact", "has-treatment-team", .cap(2), computed: .criteriaMet(["weekly-meetings", "shared-decisions", "integrated-records", "office-proximity", "work-focus"])),
        .init("003:10095", .nb, "vr-collaboration", "monthly-scheduled-meetings", .cap(4)),
        .init("003:1717", .nb, "vocational-unit", "specialists-cover-caseloads", .cap(4)),
        .init("003:4088", .nb, "vocational-unit", "client-based-group-supervision", .cap(3)),
        .init("003:4100", .nb, "vocational-unit", "supervisor-knows-ips", .cap(3)),
        .init("003:4790", .nb, "zero-exclusion", "no-waiting-list", .cap(4)),
        .init("003:4839", .nb, "zero-exclusion", "no-steering-to-work-training", .cap(3)),
        .init("003:4841", .nb, "zero-exclusion", "no-abstinence-requirement", .cap(3)),
        .init("003:4845", .nb, "zero-exclusion", "justice-involved-referrals-welcome", .cap(3)),
        .init("003:4849", .nb, "zero-exclusion", "self-referral-known", .cap(4)),
        .init("003:4859", .nb, "zero-exclusion", "no-closure-after-job-failure", .cap(3)),
        .init("003:5956", .nb, "work-incentives-planning", "individualized-benefits-counselling", .cap(2)),
        .init("003:5972", .nb, "work-incentives-planning", "trained-benefits-counsellor", .cap(3)),
        .init("003:5991", .nb, "work-incentives-planning", "adequate-for-all-benefit-types", .cap(3)),
        .init("003:5997", .nb, "work-incentives-planning", "counselling-at-changes-in-pay-and-hours", .cap(4)),
        .init("003:6005", .nb, "work-incentives-planning", "income-reporting-help", .cap(4)),
        .init("003:6256", .nb, "disclosure", "disclosure-form-used", .floor(3), computed: .criteriaMet([])),
        .init("003:6260", .nb, "disclosure", "comprehensive-form-participant-view", .floor(4), computed: .criteriaMet([])),
        .init("003:6596", .nb, "ongoing-assessment", "no-routine-work-capacity-assessment", .cap(1)),
        .init("003:2900", .nb, "ongoing-assessment", "no-written-work-tests", .cap(4)),
        .init("003:6622", .nb, "ongoing-assessment", "comprehensive-career-profile", .cap(3)),
        .init("003:6627", .nb, "ongoing-assessment", "full-work-history-in-profile", .cap(3)),
        .init("003:6639", .nb, "ongoing-assessment", "profile-uses-other-sources", .cap(3)),
        .init("003:6647", .nb, "ongoing-assessment", "profile-updated", .cap(4)),
        .init("003:6657", .nb, "ongoing-assessment", "learning-from-experience-documented", .cap(4)),
        .init("003:7126", .nb, "individualized-job-search", "job-goals-explored", .cap(2), computed: .quotient(count: 95, of: 100)),
        .init("003:7141", .nb, "individualized-job-search", "justice-involved-helped-to-choose", .cap(3), computed: .quotient(count: 95, of: 100)),
        .init("003:7417", .nb, "job-development-frequency", "contact-log-verifiable", .cap(2), computed: .value(6.5)),
        .init("003:7446", .nb, "job-development-frequency", "phone-calls-not-counted", .cap(2), computed: .value(6.5)),
        .init("003:7620", .nb, "job-development-quality", "meets-employers-regularly", .cap(1), computed: .levels([5, 5, 4])),
        .init("003:7576", .nb, "job-development-quality", "relationship-building-observed", .cap(1), computed: .levels([5, 5, 4])),
        .init("003:7562", .nb, "job-development-quality", "information-meeting-observed", .cap(4), computed: .levels([5, 5, 4])),
        .init("003:7647", .nb, "job-development-quality", "meets-employers-without-participant", .cap(3), computed: .levels([5, 5, 4])),
        .init("003:7657", .nb, "job-development-quality", "returns-to-employers", .cap(4), computed: .levels([5, 5, 4])),
        .init("001:1928", .nb, "competitive-jobs", "volunteer-work-not-suggested", .cap(4), computed: .quotient(count: 20, of: 20)),
        .init("003:8451", .nb, "individualized-follow-along", "written-support-plans", .cap(2)),
        .init("003:8463", .nb, "individualized-follow-along", "support-plan-updated-at-job-offer", .cap(3)),
        .init("003:8474", .nb, "individualized-follow-along", "career-development-examples", .cap(4)),
        .init("003:8494", .nb, "individualized-follow-along", "treatment-team-gives-support", .cap(3)),
        .init("003:8504", .nb, "individualized-follow-along", "support-mostly-in-person", .cap(2)),
        .init("003:8512", .nb, "individualized-follow-along", "no-call-if-problems-approach", .cap(3)),
        .init("003:8520", .nb, "individualized-follow-along", "support-intensified-when-needed", .cap(3)),
        .init("003:8524", .nb, "individualized-follow-along", "support-made-accessible", .cap(2)),
        .init("003:8679", .nb, "time-unlimited-support", "job-support-documented", .cap(3)),
        .init("003:8727", .nb, "time-unlimited-support", "no-automatic-closure", .cap(4)),
        .init("003:8745", .nb, "time-unlimited-support", "in-person-support-after-90-days", .cap(2)),
        .init("000:41", .fi, "vocational-generalists", "holds-caseload", .cap(1), computed: .values([5])),
        .init("000:101", .fi, "partner-collaboration", "monthly-partner-contact", .cap(3)),
        .init("000:103", .fi, "partner-collaboration", "other-clients-identified", .cap(4)),
        .init("000:103", .fi, "partner-collaboration", "leader-arranges-partner-meetings", .cap(4)),
        .init("000:153", .fi, "zero-exclusion", "referrals-from-many-professions", .cap(4)),
        .init("000:155", .fi, "zero-exclusion", "care-staff-encourage-work", .cap(4)),
        .init("000:157", .fi, "zero-exclusion", "self-referral-possible", .cap(4)),
        .init("000:243", .fi, "ongoing-assessment", "learning-recorded-and-compiled", .cap(4)),
        .init("000:338", .fi, "individualized-follow-along", "employer-support-offered", .cap(3)),
        // The caps of measured items whose numbers alone would give a higher level.
        .init("003:9904", .nb, "integration-team-assignment", "integrated-with-treatment", .cap(1), computed: .quotient(count: 45, of: 45)),
        .init("003:9912", .nb, "integration-team-assignment", "at-most-two-teams", .cap(2), computed: .quotient(count: 45, of: 45)),
        .init("003:9914", .nb, "integration-team-assignment", "clinicians-in-teams", .cap(2), computed: .quotient(count: 45, of: 45)),
        .init("003:10890", .nb, "rapid-job-search", "employer-contacts-recorded", .cap(4), computed: .value(10)),
        .init("003:10978", .nb, "individualized-job-search", "follows-job-development-plan", .cap(3), computed: .value(95)),
        .init("003:11045", .nb, "job-development-frequency", "contact-log-reviewed-monthly", .cap(2), computed: .value(7)),
        .init("003:11061", .nb, "job-development-frequency", "contact-log-reviewed-weekly", .cap(3), computed: .value(7)),
        .init("000:57", .fi, "integration-team-assignment", "integrated-with-treatment", .cap(1), computed: .quotient(count: 45, of: 45)),
        .init("000:59", .fi, "integration-team-assignment", "at-most-two-teams", .cap(2), computed: .quotient(count: 45, of: 45)),
        .init("000:59", .fi, "integration-team-assignment", "clinicians-in-teams", .cap(2), computed: .quotient(count: 45, of: 45)),
        .init("000:256", .fi, "rapid-job-search", "employer-contacts-followed-up", .cap(4), computed: .value(10)),
        .init("000:265", .fi, "individualized-job-search", "follows-job-search-plan", .cap(3), computed: .value(95)),
        .init("000:276", .fi, "job-development-frequency", "follow-up-reviewed-monthly", .cap(2), computed: .value(7)),
        .init("000:280", .fi, "job-development-frequency", "follow-up-reviewed-weekly", .cap(3), computed: .value(7)),
    ]

    /// Every cap and floor the editions declare has a case above.
    @Test func everyDeclaredRuleHasACase() {
        for edition in [Edition.nb, .fi] {
            for item in edition.definition.items {
                for rule in item.caps {
                    #expect(
                        Self.cases.contains { $0.edition == edition && $0.item == item.id && $0.condition == rule.condition },
                        "\(edition) \(item.id): \(rule.condition) has no case")
                }
            }
        }
    }

    @Test(arguments: cases)
    func aGivenLevelThatBreaksTheRuleIsAnError(_ c: Case) throws {
        #expect(throws: FactsError.self) {
            try c.edition.definition.level(for: c.item, from: ItemFacts(.level(c.breaking), conditions: [c.condition: c.applying]))
        }
        let kept = try c.edition.definition.level(for: c.item, from: ItemFacts(.level(c.bounded), conditions: [c.condition: c.applying]))
        #expect(kept.level == c.bounded)
        // The other value of the condition leaves the given level alone.
        let other = try c.edition.definition.level(for: c.item, from: ItemFacts(.level(c.breaking), conditions: [c.condition: !c.applying]))
        #expect(other.level == c.breaking)
    }

    @Test(arguments: cases.filter { $0.computed != nil })
    func aComputedLevelIsBoundedWithTheCitation(_ c: Case) throws {
        let observation = try #require(c.computed)
        let free = try c.edition.definition.level(for: c.item, from: ItemFacts(observation))
        #expect(free.level == (c.applying ? 1 : 5))
        #expect(free.unstatedConditions.contains(c.condition))
        let finding = try c.edition.definition.level(for: c.item, from: ItemFacts(observation, conditions: [c.condition: c.applying]))
        #expect(finding.level == c.bounded)
        #expect(finding.appliedCaps.map(\.condition) == [c.condition])
        let rule = try #require(finding.appliedCaps.first)
        #expect(finding.explanationText.contains { $0.contains(rule.note) })
    }

    @Test func conditionIdsAreThoseOfTheItem() {
        #expect(throws: FactsError.self) {
            try IPSFidelity2008.definition.level(for: "zero-exclusion", from: ItemFacts(.level(3), conditions: ["self-referral-possible": false]))
        }
    }
}
