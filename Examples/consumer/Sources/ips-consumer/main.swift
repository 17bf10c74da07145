import IPSFidelity
import TeamScale
import WardScale

// Score the nb handbook's sample review (003:13581–13633) with typed item ids.
let review: [IPSFidelity2008.Item: Int] = [
    .caseloadSize: 5, .vocationalServicesStaff: 5, .vocationalGeneralists: 5,
    .integrationTeamAssignment: 2, .integrationTeamContact: 3, .vrCollaboration: 4, .vocationalUnit: 5,
    .supervisorRole: 3, .zeroExclusion: 4, .competitiveEmploymentFocus: 3, .executiveSupport: 4,
    .workIncentivesPlanning: 4, .disclosure: 4, .ongoingAssessment: 4, .rapidJobSearch: 4,
    .individualizedJobSearch: 4, .jobDevelopmentFrequency: 5, .jobDevelopmentQuality: 4, .jobTypeDiversity: 4,
    .employerDiversity: 5, .competitiveJobs: 5, .individualizedFollowAlong: 5, .timeUnlimitedSupport: 3,
    .communityBasedServices: 5, .assertiveEngagement: 4,
]

do {
    let result = try IPSFidelity2008.Sheet(review).result()
    let band = result.band?.label(in: .nb)?.value ?? "–"
    print("IPS 2008 sample review: total \(result.total), band \(band)")
    let swedish = result.band?.label(in: .sv)
    print("Band in Swedish: \(swedish?.value ?? "–") (served in \(swedish?.served.rawValue ?? "–"))")

    // A 2026 review compared with the 2008 one: which items compare, and why the others do not.
    var fi = IPSFidelityFi2026.Sheet()
    try fi.set(.caseloadSize, to: 4)
    try fi.set(.partnerCollaboration, to: 5)
    let comparison = IPSFidelityScale.definition.compare(try IPSFidelity2008.Sheet(review), fi)
    for pair in comparison.pairs { print("compared: \(pair.itemA) → \(pair.itemB), change \(pair.change)") }
    if let adapted = comparison.excluded.first(where: { $0.itemA == .vrCollaboration }) {
        print("not compared: \(adapted.itemA?.rawValue ?? "") (\(adapted.kind?.rawValue ?? "no relation"))")
    }

    // Scoring from facts, with typed criteria.
    let contact = try IPSFidelity2008.Item.integrationTeamContact.level(
        from: .init(.criteriaMet([.integrationTeamContact.weeklyMeetings, .integrationTeamContact.workFocus])))
    print("integration-team-contact from two criteria: level \(contact.level ?? 0)")

    // The consumer's own scales, compiled by the same plugin.
    var team = TeamPracticeTeam2025.Sheet()
    try team.set(.weeklyMeeting, to: 3)
    try team.set(.sharedNotes, to: 2)
    let teamResult = team.result()
    print("Team scale: total \(teamResult.total), band \(teamResult.band?.label(in: .en)?.value ?? "–")")

    var ward = WardAudit2025.Sheet()
    try ward.set(.handover, to: 2)
    try ward.set(.checklist, to: 1)
    print("Ward scale: total \(ward.result().total), band \(ward.result().band?.label(in: .sv)?.value ?? "–")")
} catch {
    print("invalid score: \(error)")
}
