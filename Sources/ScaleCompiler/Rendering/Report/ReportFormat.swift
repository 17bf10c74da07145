/// Numbers and dates as the report's language writes them: decimal comma in nb and sv, signed
/// changes with a real minus sign, ISO dates (`2026-03-12`) spelt out (`12. mars 2026`).
/// A date that is not ISO 8601 is shown as the review file gives it.
struct ReportFormat {
    let chrome: ReportChrome

    /// `+2`, `0`, `−1`.
    func change(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? "\u{2212}\(value.magnitude)" : "0"
    }

    /// A decimal with at most two places, no trailing zeros, in the language's separator.
    func decimal(_ value: Double) -> String {
        let text = Interval.format((value * 100).rounded(.toNearestOrAwayFromZero) / 100)
        return text.replacing(".", with: chrome.decimalSeparator).replacing("-", with: "\u{2212}")
    }

    /// `12. mars 2026` for `2026-03-12`; anything else unchanged.
    func date(_ text: String) -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day), chrome.months.count == 12
        else { return text }
        return PageChrome.fill(chrome.dateTemplate, ["day": String(day), "month": chrome.months[month - 1], "year": String(year)])
    }
}
