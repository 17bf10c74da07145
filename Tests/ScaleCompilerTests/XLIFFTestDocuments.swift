import ScaleCompiler

/// Small XLIFF 2.0 documents for the reader and import tests.
enum XLIFFTestDocuments {
    static let namespace = "urn:oasis:names:tc:xliff:document:2.0"

    /// A document for edition 2008 of the real scale (nb → sv) holding `units` (markup) on line 4.
    static func document(_ units: String, srcLang: String = "nb", trgLang: String? = "sv", fileID: String = "2008") -> String {
        let target = trgLang.map { " trgLang=\"\($0)\"" } ?? ""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="\(namespace)" version="2.0" srcLang="\(srcLang)"\(target)>
              <file id="\(fileID)">
            \(units)
              </file>
            </xliff>

            """
    }

    /// A unit with one segment.
    static func unit(_ id: String, source: String, target: String?, state: String? = "translated") -> String {
        let stateAttribute = state.map { " state=\"\($0)\"" } ?? ""
        let targetElement = target.map { "<target>\($0)</target>" } ?? ""
        return "<unit id=\"\(id)\"><segment\(stateAttribute)><source>\(source)</source>\(targetElement)</segment></unit>"
    }

    static func read(_ text: String, path: String = "t.xlf") -> (XLIFFDocument?, [Diagnostic]) {
        XLIFFDocument.read(SourceFile(path: path, text: text))
    }

    static func read(bytes: [UInt8], path: String = "t.xlf") -> (XLIFFDocument?, [Diagnostic]) {
        XLIFFDocument.read(SourceFile(path: path, bytes: bytes))
    }

    /// The one diagnostic of reading `text`, rendered as `file:line:column: severity: [code] message`.
    static func onlyProblem(_ text: String) -> String {
        let (_, diagnostics) = read(text)
        return diagnostics.map { "\($0.location.description): \($0.severity.rawValue): [\($0.code.rawValue)] \($0.message)" }
            .joined(separator: "\n")
    }
}
