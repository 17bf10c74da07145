import IPSFidelity
import TeamScale

// Score the nb handbook's sample review (003:13581–13633) with typed item ids.
let review: [Edition2008.Item: Int] = [
    .caseloadSize: 5, .vocationalServicesStaff: 5, .vocationalGeneralists: 5,
    .integrationTeamAssignment: 2, .integrationTeamContact: 3, .vrCollaboration: 4, .vocationalUnit: 5,
    .supervisorRole: 3, .zeroExclusion: 4, .competitiveEmploymentFocus: 3, .executiveSupport: 4,
    .workIncentivesPlanning: 4, .disclosure: 4, .ongoingAssessment: 4, .rapidJobSearch: 4,
    .individualizedJobSearch: 4, .jobDevelopmentFrequency: 5, .jobDevelopmentQuality: 4, .jobTypeDiversity: 4,
    .employerDiversity: 5, .competitiveJobs: 5, .individualizedFollowAlong: 5, .timeUnlimitedSupport: 3,
    .communityBasedServices: 5, .assertiveEngagement: 4,
]

do {
    let result = try Edition2008.Sheet(review).result()
    let language = Edition2008.Language.nb.tag
    let band = result.band.flatMap { Edition2008.definition.bandLabel($0.id, in: language)?.value } ?? "–"
    print("IPS 2008 sample review: total \(result.total), band \(band)")

    // The consumer's own scale, compiled by the same plugin.
    var team = EditionTeam2025.Sheet()
    try team.set(.weeklyMeeting, to: 3)
    try team.set(.sharedNotes, to: 2)
    let teamResult = team.result()
    let teamBand = teamResult.band.flatMap { EditionTeam2025.definition.bandLabel($0.id, in: "en")?.value } ?? "–"
    print("Team scale: total \(teamResult.total), band \(teamBand)")
} catch {
    print("invalid score: \(error)")
}
