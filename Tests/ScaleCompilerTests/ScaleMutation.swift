import Foundation

/// One deliberate mistake in a copy of the real scale, applied in memory.
struct ScaleMutation: Sendable, CustomStringConvertible {
    enum Edit: Sendable {
        /// Replace the first occurrence of a string.
        case replace(String, with: String)
        /// Replace every occurrence.
        case replaceAll(String, with: String)
        /// Replace the first occurrence of a string with raw bytes (for encoding errors).
        case replaceWithBytes(String, [UInt8])
        case prependBytes([UInt8])
        case deleteFile
        /// Two mistakes in the same file, applied in order.
        indirect case both(Edit, Edit)
    }

    var name: String
    var file: String
    var edit: Edit

    var description: String { name }

    /// The scale's files with the edit applied; nil when the edit's text is not in the file, so
    /// a case cannot silently test nothing after the scale changes.
    func apply(to files: [(relativePath: String, bytes: [UInt8])]) -> [(relativePath: String, bytes: [UInt8])]? {
        Self.apply(edit, to: file, in: files)
    }

    private static func apply(
        _ edit: Edit, to file: String, in files: [(relativePath: String, bytes: [UInt8])]
    ) -> [(relativePath: String, bytes: [UInt8])]? {
        if case .both(let first, let second) = edit {
            return apply(first, to: file, in: files).flatMap { apply(second, to: file, in: $0) }
        }
        guard let index = files.firstIndex(where: { $0.relativePath == file }) else { return nil }
        var result = files
        let text = String(decoding: files[index].bytes, as: UTF8.self)
        switch edit {
        case .replace(let find, let replacement):
            guard let range = text.range(of: find) else { return nil }
            result[index].bytes = Array(text.replacingCharacters(in: range, with: replacement).utf8)
        case .replaceAll(let find, let replacement):
            guard text.contains(find) else { return nil }
            result[index].bytes = Array(text.replacingOccurrences(of: find, with: replacement).utf8)
        case .replaceWithBytes(let find, let bytes):
            guard let range = text.range(of: find) else { return nil }
            result[index].bytes = Array(text[..<range.lowerBound].utf8) + bytes + Array(text[range.upperBound...].utf8)
        case .prependBytes(let bytes):
            result[index].bytes = bytes + files[index].bytes
        case .deleteFile:
            result.remove(at: index)
        case .both:
            return nil
        }
        return result
    }
}
