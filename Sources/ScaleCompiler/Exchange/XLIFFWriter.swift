/// Writes an edition's texts for one language as XLIFF 2.0: one unit per entry, with the source
/// text, the target where translated, a state, and notes giving the item context.
///
/// States: `initial` without a target for an untranslated entry; `reviewed` where the source
/// snapshot vouches for the translation; `translated` otherwise; and a stale translation (its
/// source changed since review) `initial` with `subState="scalec:stale"` and two notes, the
/// source it was translated from and the source now, so it is not imported again until a
/// translator has looked at it.
public enum XLIFFWriter {
    /// The document. `previousSources` are the source texts the stale entries were translated
    /// from (``XLIFFSnapshotSources/previousSources(in:edition:language:)``).
    public static func document(
        scale: ScaleDefinition, edition: EditionDefinition, language: LanguageTag, status: TranslationStatus?,
        previousSources: [String: String] = [:]
    ) -> String {
        let source = edition.text(in: edition.sourceLanguage)
        let target = edition.text(in: language)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" "
        out += "srcLang=\"\(escape(edition.sourceLanguage.rawValue))\" trgLang=\"\(escape(language.rawValue))\">\n"
        out += "  <file id=\"\(escape(edition.id))\">\n"
        out += "    <notes><note category=\"scale\">\(escape(scale.id)), edition \(escape(edition.id)); unit ids are the entries of text.\(escape(language.rawValue)).yaml</note></notes>\n"
        for entry in TextEntries.sourceEntries(of: edition) {
            if let target, isAbsent(entry, in: target) { continue }
            guard let sourceText = source.flatMap({ TextEntries.text(entry.key, in: $0) }) else { continue }
            let targetText = target.flatMap { TextEntries.text(entry.key, in: $0) }
            let isStale = targetText != nil && status?.stale.contains(entry.key) == true
            let state: String
            if targetText == nil || isStale {
                state = "initial"
            } else if status?.verified.contains(entry.key) == true {
                state = "reviewed"
            } else {
                state = "translated"
            }
            let from = escape(edition.sourceLanguage.rawValue)
            out += "    <unit id=\"\(escape(entry.key))\">\n"
            out += "      <notes>\n"
            out += "        <note category=\"context\">\(escape(context(entry.key, in: edition, source: source)))</note>\n"
            if isStale {
                let previous =
                    previousSources[entry.key].map { "\(from) was: \(escape($0))" }
                    ?? "the \(from) source changed since this was translated; the earlier text was not recorded"
                out += "        <note category=\"scalec:source-was\">\(previous)</note>\n"
                out += "        <note category=\"scalec:source-now\">\(from) is now: \(escape(sourceText))</note>\n"
            }
            out += "      </notes>\n"
            out += "      <segment state=\"\(state)\"\(isStale ? " subState=\"scalec:stale\"" : "")>\n"
            out += "        <source>\(escape(sourceText))</source>\n"
            if let targetText { out += "        <target>\(escape(targetText))</target>\n" }
            out += "      </segment>\n"
            out += "    </unit>\n"
        }
        out += "  </file>\n</xliff>\n"
        return out
    }

    private static func isAbsent(_ entry: TextEntries.Entry, in text: EditionText) -> Bool {
        if text.absent.contains(entry.part) { return true }
        let parts = entry.key.split(separator: ".")
        return parts.count > 2 && parts[0] == "items" && text.items[String(parts[1])]?.absent.contains(entry.part) == true
    }

    /// "Item 1 (Bemanning): Deltakerportefølje — level 4" for translators.
    static func context(_ key: String, in edition: EditionDefinition, source: EditionText?) -> String {
        let parts = key.split(separator: ".").map(String.init)
        switch parts.first {
        case "title": return "the scale's title"
        case "sections": return "section title (\(parts.dropFirst().joined()))"
        case "bands":
            let range = edition.bands.first { $0.id == parts.last }.map { " for totals \($0.range.lowerBound)–\($0.range.upperBound)" } ?? ""
            return "band label\(range)"
        case "data-sources": return "data source \(parts.dropFirst().joined())"
        default: break
        }
        guard parts.first == "items", parts.count >= 3, let item = edition.item(parts[1]) else { return key }
        let section = source?.sections[item.sectionID] ?? item.sectionID
        let title = source?.items[item.id]?.title ?? item.id
        let what = parts.count == 4 ? "\(parts[2] == "levels" ? "level" : "criterion") \(parts[3])" : parts[2]
        return "Item \(item.number) (\(section)): \(title) — \(what)"
    }

    /// XML character data and attribute values; characters XML 1.0 cannot carry are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
