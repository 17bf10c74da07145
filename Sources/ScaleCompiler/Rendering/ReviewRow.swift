/// One entry on a review sheet: its label, its key in each edition, and the two columns.
struct ReviewRow {
    /// `Level 3`, in the chrome's language.
    var label: String
    /// `items.caseload-size.levels.3`; nil on the side without a counterpart.
    var leftKey: String?
    var rightKey: String?
    var left: ReviewCell
    var right: ReviewCell

    func html(_ chrome: PageChrome) -> String {
        let key = leftKey ?? rightKey ?? ""
        var out = "<tr class=\"entry\" data-key=\"\(HTML.escape(key))\">"
        out += "<th scope=\"row\"><span class=\"label\">\(HTML.escape(label))</span>"
        if let leftKey { out += " <code class=\"key\" translate=\"no\">\(HTML.escape(leftKey))</code>" }
        if let rightKey, rightKey != leftKey {
            out += " <code class=\"key\" translate=\"no\">\(leftKey == nil ? "" : "→ ")\(HTML.escape(rightKey))</code>"
        }
        out += "</th>\(left.html(chrome))\(right.html(chrome))</tr>\n"
        return out
    }
}
