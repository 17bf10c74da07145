import ScaleCompiler
import Testing

/// A broken file hides no other file's errors: all mistakes in one run.
@Suite struct IndependentErrorsTests {
    /// Compiles the real scale with the first occurrence of each `find` replaced.
    private func compile(_ edits: [String: (String, String)]) -> [Diagnostic] {
        let files = RealScale.files.map { file -> (relativePath: String, bytes: [UInt8]) in
            guard let (find, replacement) = edits[file.relativePath] else { return file }
            let text = String(decoding: file.bytes, as: UTF8.self)
            #expect(text.contains(find), "\(file.relativePath) lacks \(find)")
            guard let range = text.range(of: find) else { return file }
            return (file.relativePath, Array(text.replacingCharacters(in: range, with: replacement).utf8))
        }
        return ScaleCompilation.compile(ScaleSource(directory: RealScale.directory, files: files)).diagnostics
            .filter { $0.severity == .error }
    }

    private func files(_ errors: [Diagnostic]) -> Set<String> {
        Set(errors.map { $0.location.file.split(separator: "/").suffix(2).joined(separator: "/") })
    }

    @Test func aStructureThatDoesNotParseHidesNoTextFileError() {
        let errors = compile([
            "2008/structure.yaml": ("data-sources: [MIS, DOC, INT, OBS, ISP]", "data-sources: [MIS, DOC, INT, OBS, ISP"),
            "2008/text.sv.yaml": ("title: ", "titel: "),
        ])
        #expect(files(errors) == ["2008/structure.yaml", "2008/text.sv.yaml"])
        #expect(errors.count == 2)
    }

    @Test func aScaleFileThatDoesNotParseHidesNoEditionFileError() {
        let errors = compile([
            "scale.yaml": ("editions:", "editions: ["),
            "fi-2026/structure.yaml": ("kind: measured", "kind: mesured"),
            "2008/text.nb.yaml": ("title: IPS-kvalitetsskala", "title: IPS-kvalitetsskala: 2008"),
        ])
        #expect(files(errors) == ["ips-fidelity/scale.yaml", "fi-2026/structure.yaml", "2008/text.nb.yaml"])
    }

    @Test func aMistakeInEachOfTwoFilesIsOneErrorEach() {
        let errors = compile([
            "2008/structure.yaml": ("levels: {min: 1, max: 5}", "levels: {min: 1, max: 5}\nnumbring: per-section"),
            "fi-2026/text.sv-FI.yaml": ("title: ", "titel: "),
        ])
        #expect(errors.filter { $0.location.file.hasSuffix("2008/structure.yaml") }.count == 1)
        #expect(files(errors) == ["2008/structure.yaml", "fi-2026/text.sv-FI.yaml"])
    }
}
