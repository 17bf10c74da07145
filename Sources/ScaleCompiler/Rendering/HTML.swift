/// The one place rendered pages turn text into HTML.
public enum HTML {
    /// Text for element content and attribute values: `&`, `<`, `>`, quotes escaped.
    ///
    /// Works on Unicode scalars, not Characters: a quote followed by a combining mark is one
    /// Character (`"\u{301}`) and would otherwise pass unescaped and end an attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text with its paragraph breaks kept as `<br>`.
    static func paragraphs(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "<br/>")
    }

    /// A whole self-contained page (no external resources), styled by `style` (the rendered pages' by default).
    static func page(title: String, language: String, body: String, style: String = PageStyle.css) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>\(escape(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
