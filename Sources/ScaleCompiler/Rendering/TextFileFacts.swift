/// Where one language's text file of an edition writes each entry and declares parts absent, and
/// which of its entries are stale: what a review sheet prints so a localiser finds the line.
struct TextFileFacts: Sendable {
    /// A stale entry: the source text it was translated from, and the source text now.
    struct Stale: Sendable, Hashable {
        /// The edition's source language.
        var source: LanguageTag
        /// Nil when the snapshot did not record the earlier text.
        var was: String?
        /// Nil when the source entry no longer exists.
        var now: String?
    }

    /// The file inside the scale folder (`2008/text.sv.yaml`), whether or not it exists yet.
    var file: String
    /// Entry key → line.
    var entryLines: [String: Int] = [:]
    /// Item id → the line its mapping starts at, for entries still to be written.
    var itemLines: [String: Int] = [:]
    /// `levels` (the file's `absent:`) or `items.<id>.levels` (an item's) → line.
    var absentLines: [String: Int] = [:]
    /// Entry key → what changed in its source since it was translated.
    var stale: [String: Stale] = [:]

    /// The facts of a file not read (or not there): its name only.
    static func unread(edition: String, language: LanguageTag) -> TextFileFacts {
        TextFileFacts(file: "\(edition)/text.\(language.rawValue).yaml")
    }

    /// Where the entry is written: `2008/text.sv.yaml:26`, or the file alone.
    func location(of key: String) -> String {
        entryLines[key].map { "\(file):\($0)" } ?? file
    }

    /// Where the entry should be written: its item's line when the item is there, else the file.
    func insertionPoint(for key: String) -> String {
        let parts = key.split(separator: ".")
        guard parts.count > 2, parts[0] == "items", let line = itemLines[String(parts[1])] else { return file }
        return "\(file):\(line)"
    }

    /// Where the entry's part was declared absent: the item's declaration, else the file's.
    func absentDeclaration(of key: String, _ part: TextPart) -> String {
        let parts = key.split(separator: ".")
        if parts.count > 2, parts[0] == "items", let line = absentLines["items.\(parts[1]).\(part.rawValue)"] {
            return "\(file):\(line)"
        }
        return absentLines[part.rawValue].map { "\(file):\($0)" } ?? file
    }
}
