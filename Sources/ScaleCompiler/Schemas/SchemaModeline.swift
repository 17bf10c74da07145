/// The `# yaml-language-server: $schema=<path>` comment that points editors at a file's JSON
/// Schema, and keeping it when a tool rewrites the file.
///
/// The scale's files carry it after `schema: 1` on their first line, so no line moves (every
/// diagnostic's line stays what it was); a line of its own before `schema: 1` works as well.
/// yaml-language-server reads the comment wherever it is.
public enum SchemaModeline {
    static let marker = "yaml-language-server:"

    /// The modeline of `text`'s first line and whether it has the line to itself.
    static func find(in text: String) -> (comment: String, ownLine: Bool)? {
        let firstLine = text.prefix { $0 != "\n" }
        guard let hash = firstLine.firstIndex(of: "#"), firstLine[hash...].contains(marker) else { return nil }
        let comment = String(firstLine[hash...])
        let before = firstLine[..<hash]
        return (comment, before.allSatisfy { $0 == " " })
    }

    /// `text` with `previous`'s modeline, in the same form, when `previous` had one and `text` has none
    /// (what `scalec refresh` and XLIFF import write keeps the editor's schema).
    public static func carried(from previous: String, into text: String) -> String {
        guard let modeline = find(in: previous), find(in: text) == nil else { return text }
        if modeline.ownLine { return modeline.comment + "\n" + text }
        guard let end = text.firstIndex(of: "\n") else { return text + "  " + modeline.comment }
        return String(text[..<end]) + "  " + modeline.comment + String(text[end...])
    }
}
