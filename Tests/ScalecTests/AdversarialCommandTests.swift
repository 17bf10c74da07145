import Foundation
import Testing

/// Hostile files, names and output paths given to `scalec` (issue 10). Each behaved badly on
/// `bfe6608`: wrote through a link, replaced a device, overwrote the scale's own files, read a
/// gigabyte before checking it, or hid the file's error behind a usage message.
@Suite struct AdversarialCommandTests {
    private func scratch() throws -> URL { try ScalecRunner.copyOfRealScale() }

    /// A 1.1 GB file by its size that uses no disk: it must be refused by its size alone.
    private func sparseFile(_ url: URL) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 1_100_000_000)
        try handle.close()
    }

    @Test func anOutputPathThatIsASymbolicLinkIsRefusedAndTheLinkKept() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("keep me\n".utf8).write(to: victim)
        let link = folder.appendingPathComponent("form.html")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        let run = try ScalecRunner.run(["render", "ips-fidelity", "--edition", "2008", "-o", "form.html"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("is a symbolic link; refusing to replace it"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == victim.path)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
    }

    @Test func dashIsStandardOutputAndDevicesAreNotReplaced() throws {
        let dash = try ScalecRunner.run(["render", "Scales/ips-fidelity", "--edition", "2008", "-o", "-"])
        #expect(dash.status == 0)
        #expect(dash.stdout.hasPrefix("<!DOCTYPE html>"))
        let device = try ScalecRunner.run(["render", "Scales/ips-fidelity", "--edition", "2008", "-o", "/dev/null"])
        #expect(device.status == 1)
        #expect(device.stderr.contains("'/dev/null' is a character device; refusing to replace it (use '-o -' for standard output)"))
        #expect(FileManager.default.fileExists(atPath: "/dev/null"))
    }

    @Test(arguments: [
        ["render", "ips-fidelity", "--edition", "2008", "-o", "ips-fidelity/2008/text.nb.yaml"],
        ["generate", "ips-fidelity", "--output", "ips-fidelity/2008/structure.yaml"],
        ["xliff", "export", "ips-fidelity", "--edition", "2008", "--language", "sv", "-o", "ips-fidelity/scale.yaml"],
        ["render", "ips-fidelity", "--edition", "2008", "-o", "./ips-fidelity/../ips-fidelity/IPSFidelity.swift"],
    ])
    func anOutputOntoOneOfTheScalesFilesIsRefused(_ arguments: [String]) throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent(arguments[arguments.count - 1])
        let before = try Data(contentsOf: target)
        let run = try ScalecRunner.run(arguments, in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("is a file of the scale 'ips-fidelity'; refusing to overwrite it"))
        #expect(try Data(contentsOf: target) == before)
    }

    @Test func aScoreFileThatIsADeviceOrTooLargeIsNotRead() throws {
        let device = try ScalecRunner.run(["score", "Scales/ips-fidelity", "--edition", "2008", "/dev/zero"])
        #expect(device.status == 1)
        #expect(device.stderr.contains("'/dev/zero' is a character device, not a regular file"))
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A sparse file: 1.1 GB by size, no disk used. It must be refused by its size alone.
        try sparseFile(folder.appendingPathComponent("huge.yaml"))
        let run = try ScalecRunner.run(["score", "ips-fidelity", "--edition", "2008", "huge.yaml"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("huge.yaml:1:1: error: [limit-exceeded] file is 1100000000 bytes; input files are limited to 8 MiB"))
    }

    @Test func filesWithoutARoleInTheScaleFolderAreNeverRead() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Opening a FIFO for reading would block; a huge sparse file would take gigabytes.
        let fifo = folder.appendingPathComponent("ips-fidelity/notes.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        try sparseFile(folder.appendingPathComponent("ips-fidelity/data.bin"))
        let run = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(run.status == 0)
    }

    @Test func anOversizedScaleFileIsALocatedErrorNotARead() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try sparseFile(folder.appendingPathComponent("ips-fidelity/glossary/da.yaml"))
        let run = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("ips-fidelity/glossary/da.yaml:1:1: error: [limit-exceeded] file is 1100000000 bytes"))
    }

    @Test func manyUnknownKeysInAScoreFileArePrintedCapped() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        var yaml = "edition: \"2008\"\nscores:\n"
        for index in 0..<20_000 { yaml += "  unknown-item-\(index): 3\n" }
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("many.yaml"))
        let run = try ScalecRunner.run(["score", "ips-fidelity", "many.yaml"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("many.yaml:1:1: note: and 19900 more diagnostics in this file, not shown"))
        #expect(run.stderr.split(separator: "\n").count < 400)
    }

    @Test func aFileNameWithANewlineCannotForgeADiagnostic() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = "x.yaml\nscale.yaml:1:1: error: [forged] forged.yaml"
        try Data("a: 1\n".utf8).write(to: folder.appendingPathComponent("ips-fidelity/2008").appendingPathComponent(name))
        let run = try ScalecRunner.run(["check", "ips-fidelity"], in: folder)
        #expect(!run.stderr.split(separator: "\n").contains { $0.hasPrefix("scale.yaml:1:1: error: [forged]") })
        #expect(run.stderr.contains("x.yaml\\nscale.yaml:1:1: error: [forged] forged.yaml"))
    }

    @Test func aScoreFilesOwnErrorComesBeforeTheEditionQuestion() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("scores:\n  caseload-size: [\n".utf8).write(to: folder.appendingPathComponent("broken.yaml"))
        let run = try ScalecRunner.run(["score", "ips-fidelity", "broken.yaml"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("broken.yaml:2:18: error: [yaml-syntax]"), "\(run.stderr)")  // at the unclosed [
        try Data("scores:\n  caseload-size: 3\n".utf8).write(to: folder.appendingPathComponent("bare.yaml"))
        let compare = try ScalecRunner.run(
            ["compare", "ips-fidelity", "bare.yaml", "../../Examples/reviews/2008-nb-sample.yaml"], in: folder)
        #expect(compare.status == 1)
        #expect(compare.stderr.contains("add 'edition:' to the file or pass --edition-a"))
    }

    @Test func aLanguageOnTheCommandLineMustBeATag() throws {
        let run = try ScalecRunner.run(
            ["render", "Scales/ips-fidelity", "--edition", "2008", "--language", "nb\"><script>x</script>"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("is not a BCP 47 language tag"))
        #expect(!run.stdout.contains("<script>"))
    }
}

/// Bad facts in a score file are located errors, never a level (issue 11).
@Suite struct BadFactsTests {
    @Test(arguments: [
        ("vocational-services-staff: {values: [90, 120]}", "3:30: error: [invalid-value] 120 is not a possible value of 'vocational-services-staff'; its values lie in [0, 100]"),
        ("caseload-size: {count: -3, of: 2}", "3:26: error: [invalid-value] 'caseload-size': count and of must be positive"),
        ("job-type-diversity: {labels: [a, b], specialists: 0}", "3:53: error: [invalid-value] 'specialists' of 'job-type-diversity' is 0; a service has at least one specialist"),
        ("competitive-jobs: {count: 3, of: 4, specialists: 2}", "3:52: error: [unknown-key] 'competitive-jobs' takes no 'specialists': it has no sample-size rule"),
        ("competitive-jobs: {count: 12, of: 11}", "3:29: error: [invalid-value] 'competitive-jobs': count 12 exceeds of 11"),
        ("disclosure: {level: 3, conditions: {employer-contacts-recorded: true}}", "error: [unknown-reference] 'disclosure' has no condition 'employer-contacts-recorded'"),
        ("rapid-job-search: {level: 5, conditions: {employer-contacts-recorded: false}}", "3:29: error: [level-breaks-rule] level 5 for 'rapid-job-search' breaks the rule at most level 4 unless 'employer-contacts-recorded' is met"),
    ])
    func isALocatedErrorInTheScoreFile(entry: String, expected: String) throws {
        let folder = try ScalecRunner.copyOfRealScale()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("edition: \"2008\"\nscores:\n  \(entry)\n".utf8).write(to: folder.appendingPathComponent("facts.yaml"))
        let run = try ScalecRunner.run(["score", "ips-fidelity", "facts.yaml"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
