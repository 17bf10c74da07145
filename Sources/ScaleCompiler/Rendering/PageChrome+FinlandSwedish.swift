extension PageChrome {
    /// Finland-Swedish: the Swedish table with the words the Finland-Swedish criteria use instead
    /// (the service is a «tjänst», as in the fi-2026 criteria).
    static let finlandSwedish: PageChrome = {
        var chrome = PageChrome.swedish
        chrome.language = "sv-FI"
        chrome.service = "Tjänst"
        return chrome
    }()
}
