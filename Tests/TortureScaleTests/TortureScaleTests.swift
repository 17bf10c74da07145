import Foundation
import GoldenFiles
import ScaleCompiler
import Testing
import TortureScale

/// The generated module of a scale whose texts contain everything that can break Swift source:
/// it compiled (warnings fail scripts/test), and returns every text byte for byte.
@Suite struct TortureScaleTests {
    /// The texts as the compiler reads them from the YAML.
    static let expected: EditionText? = {
        let root = Golden.packageRoot().appendingPathComponent("Tests/TortureScale")
        let files = ["scale.yaml", "t1/structure.yaml", "t1/text.en.yaml"].compactMap { path in
            FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { (path, [UInt8]($0)) }
        }
        return ScaleCompilation.compile(ScaleSource(directory: "Tests/TortureScale", files: files)).scale?
            .edition("t1")?.text(in: "en")
    }()

    @Test func everyTextComesBackByteForByte() throws {
        let expected = try #require(Self.expected)
        let generated = try #require(TortureT1.definition.text(in: "en"))
        #expect(Array((generated.title ?? "").utf8) == Array((expected.title ?? "").utf8))
        #expect(generated.sections == expected.sections)
        #expect(generated.bands == expected.bands)
        #expect(generated.items.count == 3)
        for (id, item) in expected.items {
            let mine = try #require(generated.items[id])
            #expect(Array((mine.title ?? "").utf8) == Array((item.title ?? "").utf8), "\(id) title")
            #expect(Array((mine.definition ?? "").utf8) == Array((item.definition ?? "").utf8), "\(id) definition")
            for (level, text) in item.levels { #expect(Array((mine.levels[level] ?? "").utf8) == Array(text.utf8), "\(id) \(level)") }
        }
    }

    @Test func theTrickyTextsAreWhatTheYAMLSays() throws {
        let text = try #require(TortureT1.definition.text(in: "en"))
        #expect(text.title == #"Torture """ \(x) #" ## \ */ /* // end"#)
        #expect(text.items["q"]?.levels[2] == "Tab\there and\ttwo")
        #expect(text.items["q"]?.levels[3] == "Line one\nline two\n\nparagraph")
        #expect(text.items["default"]?.levels[2]?.unicodeScalars.contains("\u{202E}") == true)
        #expect(text.items["default"]?.definition?.contains("e\u{301}") == true)
        #expect((text.items["self"]?.definition?.count ?? 0) > 15_000)
        #expect(text.items["self"]?.levels[3]?.hasSuffix("\\") == true)
    }

    @Test func keywordIDsBecomeBacktickedCases() {
        #expect(TortureT1.Item.allCases.map(\.rawValue) == ["q", "default", "self"])
        #expect(TortureT1.Item.`default`.rawValue == "default")
        #expect(TortureT1.Item.`self`.rawValue == "self")
    }
}
