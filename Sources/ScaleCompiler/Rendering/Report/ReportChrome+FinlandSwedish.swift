extension ReportChrome {
    /// Finland-Swedish: the Swedish table with the words of the fi-2026 criteria (a «tjänst»,
    /// «arbetsspecialister» reviewed by «utvärderare»).
    static let finlandSwedish: ReportChrome = {
        var chrome = ReportChrome.swedish
        chrome.language = "sv-FI"
        chrome.service = "Tjänst"
        chrome.evaluators = "Utvärderare"
        chrome.reviewReport = "Utvärderingsrapport"
        chrome.evaluatorNote = "Utvärderarnas kommentar"
        return chrome
    }()
}
