import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ScaleCompiler

/// Writes outputs atomically and only when their bytes change, so builds stay incremental and
/// an interrupted write never leaves half a file.
///
/// What may be written (the threat model in `Security.md`): a path the user named, or a file of
/// the scale folder whose role a tool owns (a translation's text file or its source snapshot).
/// Never through a symbolic link, never onto a device, FIFO or folder, and never over one of the
/// scale's own inputs. `-` names standard output.
enum OutputFile {
    /// The path that means standard output.
    static let standardOutput = "-"

    /// Writes a file the user named (`-o`): standard output for `-` or no path.
    /// - Parameter text: what to write.
    /// - Parameter path: the path the user named; `-` or nil for standard output.
    /// - Parameter scaleDirectory: the scale the output is made from; its files are refused.
    static func writeUserOutput(_ text: String, to path: String?, protecting scaleDirectory: String?) throws {
        guard let path, path != standardOutput else {
            Console.out(text)
            return
        }
        if let scaleDirectory { try refuseInput(path, of: scaleDirectory) }
        try writeIfChanged(text, to: path)
    }

    /// Writes a file inside the scale folder that a tool may own (`ScaleSource.isWritableByTools(_:)`).
    static func writeScaleFile(_ text: String, scaleDirectory: String, relativePath: String) throws {
        guard ScaleSource.isWritableByTools(relativePath), !relativePath.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            throw failure("refusing to write '\(Console.printable(relativePath))' in the scale folder: only <edition>/text.<language>.yaml and its .sources.yaml are written by tools")
        }
        let path = ScaleSource.join(scaleDirectory, relativePath)
        try writeIfChanged(keepingModeline(in: text, relativePath: relativePath, scaleDirectory: scaleDirectory), to: path)
    }

    /// A rewritten file keeps the `# yaml-language-server: $schema=…` comment of the file it
    /// replaces, so the editor's schema survives `scalec refresh` and XLIFF import; a new file
    /// takes the comment of a file of its kind beside it (`text.nb.yaml` for a new
    /// `text.da.yaml`), whose relative path to the schema is the same.
    private static func keepingModeline(in text: String, relativePath: String, scaleDirectory: String) -> String {
        if let existing = regularFileText(ScaleSource.join(scaleDirectory, relativePath)) {
            return SchemaModeline.carried(from: existing, into: text)
        }
        guard let kind = SourceFileKind(relativePath: relativePath) else { return text }
        let folder = relativePath.split(separator: "/").dropLast().joined(separator: "/")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ScaleSource.join(scaleDirectory, folder))) ?? []
        for name in names.sorted() {
            let sibling = folder.isEmpty ? name : "\(folder)/\(name)"
            guard SourceFileKind(relativePath: sibling) == kind, let siblingText = regularFileText(ScaleSource.join(scaleDirectory, sibling))
            else { continue }
            let carried = SchemaModeline.carried(from: siblingText, into: text)
            if carried != text { return carried }
        }
        return text
    }

    /// The text of a regular file within the size limit; nil for anything else.
    private static func regularFileText(_ path: String) -> String? {
        guard case .regular = InputFile.kind(of: path), case .success(let bytes) = InputFile.read(path, limit: Limits.fileSize)
        else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The core: refuses links and special files, then writes atomically if the bytes differ.
    static func writeIfChanged(_ text: String, to path: String) throws {
        let data = Data(text.utf8)
        switch InputFile.kind(of: path) {
        case .missing: break
        case .regular(let size):
            if size == data.count, case .success(let existing) = InputFile.read(path, limit: size), existing.elementsEqual(data) { return }
        case .symbolicLink:
            throw failure("'\(Console.printable(path))' is a symbolic link; refusing to replace it (write to the file it points to, or to '-' for standard output)")
        case .directory:
            throw failure("'\(Console.printable(path))' is a folder; name a file to write")
        case .other(let kind):
            throw failure("'\(Console.printable(path))' is \(kind); refusing to replace it (use '-o -' for standard output)")
        }
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw failure("cannot write '\(Console.printable(path))': \(ErrorDescription.of(error))")
        }
    }

    /// An output that would overwrite one of the scale's files is refused.
    private static func refuseInput(_ path: String, of scaleDirectory: String) throws {
        let target = canonical(path)
        for input in ScaleDirectoryLoader.inputPaths(scaleDirectory) where canonical(input) == target {
            throw failure("'\(Console.printable(path))' is a file of the scale '\(Console.printable(scaleDirectory))'; refusing to overwrite it")
        }
    }

    /// The absolute path with links in its folders resolved (the file itself need not exist).
    private static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).standardizedFileURL.path
    }

    private static func failure(_ message: String) -> ExitCode {
        Console.error("error: \(message)\n")
        return ExitCode.failure
    }
}
