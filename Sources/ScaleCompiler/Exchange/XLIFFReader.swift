import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the units of an XLIFF 2.0 file: id, source, target, and where each unit starts.
public struct XLIFFDocument: Sendable {
    public struct Unit: Sendable {
        public var id: String
        public var source: String
        public var target: String?
        public var location: SourceLocation
    }

    public var sourceLanguage: String?
    public var targetLanguage: String?
    public var fileID: String?
    public var units: [Unit]

    /// The document, or a located error.
    public static func read(_ file: SourceFile) -> (XLIFFDocument?, [Diagnostic]) {
        let parser = XMLParser(data: Data(file.bytes))
        let collector = Collector(path: file.path)
        parser.delegate = collector
        guard parser.parse(), collector.problems.isEmpty else {
            let location = SourceLocation(file: file.path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
            let problem = collector.problems.first ?? .error(
                .xliffInvalid, "not well-formed XML: \(parser.parserError.map { "\($0.localizedDescription)" } ?? "parse error")",
                at: location)
            return (nil, [problem])
        }
        guard collector.version == "2.0" else {
            return (nil, [.error(.xliffInvalid, "expected an XLIFF 2.0 document (<xliff version=\"2.0\">)", at: .init(file: file.path, line: 1, column: 1))])
        }
        return (
            XLIFFDocument(
                sourceLanguage: collector.sourceLanguage, targetLanguage: collector.targetLanguage, fileID: collector.fileID,
                units: collector.units), []
        )
    }

    private final class Collector: NSObject, XMLParserDelegate {
        let path: String
        var version: String?
        var sourceLanguage: String?
        var targetLanguage: String?
        var fileID: String?
        var units: [Unit] = []
        var problems: [Diagnostic] = []
        private var current: Unit?
        private var text: String?

        init(path: String) { self.path = path }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch name {
            case "xliff":
                version = attributes["version"]
                sourceLanguage = attributes["srcLang"]
                targetLanguage = attributes["trgLang"]
            case "file":
                fileID = attributes["id"]
            case "unit":
                current = Unit(
                    id: attributes["id"] ?? "", source: "", target: nil,
                    location: SourceLocation(file: path, line: parser.lineNumber, column: max(parser.columnNumber, 1)))
            case "source", "target":
                text = ""
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

        // On Linux a malformed document may still make `parse()` return true; the delegate hears it.
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard problems.isEmpty else { return }
            problems.append(
                .error(
                    .xliffInvalid, "not well-formed XML: \(parseError.localizedDescription)",
                    at: SourceLocation(file: path, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))))
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "source":
                current?.source = text ?? ""
                text = nil
            case "target":
                current?.target = text ?? ""
                text = nil
            case "unit":
                if let unit = current { units.append(unit) }
                current = nil
            default:
                break
            }
        }
    }
}
