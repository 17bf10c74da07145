/// The facts at the head of a review: service, date, edition, evaluators, the file's note.
/// What the file does not give is said, not left out.
enum ReportFacts {
    static func html(_ review: ReportedReview, context: ReportContext) -> String {
        let chrome = context.chrome
        let edition = review.edition
        let notGiven = "<em>\(context.words(chrome.notGiven))</em>"
        let scaleTitle = edition.lookup(context.page) { $0.title }
        let rows: [(String, String)] = [
            (chrome.service, review.service.map(HTML.escape) ?? notGiven),
            (chrome.date, context.date(of: review)),
            (chrome.edition, "<span translate=\"no\">\(HTML.escape(edition.id))</span>" + (scaleTitle.map { " · " + context.marked($0, or: "") } ?? "")),
            (chrome.evaluators, review.sheet.remarks.evaluators.isEmpty ? notGiven : review.sheet.remarks.evaluators.map(HTML.escape).joined(separator: ", ")),
        ]
        var out = "<dl class=\"facts\">\n"
        for (label, value) in rows { out += "<div><dt>\(context.words(label))</dt><dd>\(value)</dd></div>\n" }
        if let note = review.sheet.metadata["note"] {
            out += "<div class=\"wide\"><dt>\(context.words(chrome.note))</dt><dd>\(HTML.escape(note))</dd></div>\n"
        }
        return out + "</dl>\n"
    }
}
