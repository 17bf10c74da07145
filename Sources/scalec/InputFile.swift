#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ScaleCompiler

/// Reads an input file with its size checked first: the file is opened, `fstat` says what it is
/// and how large, and only a regular file within the limit is read, straight into one buffer
/// (no second copy). A device, FIFO or folder is refused before a byte is read.
enum InputFile {
    enum Failure: Error, CustomStringConvertible {
        case cannotOpen(path: String, reason: String)
        case notRegular(path: String, kind: String)
        case tooLarge(path: String, size: Int, limit: Int)

        var description: String {
            switch self {
            case .cannotOpen(let path, let reason): "cannot read '\(Console.printable(path))': \(reason)"
            case .notRegular(let path, let kind): "'\(Console.printable(path))' is \(kind), not a regular file"
            case .tooLarge(let path, let size, let limit):
                "'\(Console.printable(path))' is \(size) bytes; the limit for this kind of file is \(limit / 1024 / 1024) MiB"
            }
        }
    }

    /// What `stat` says a path is, without reading it.
    enum Kind: Equatable {
        case missing
        case regular(size: Int)
        case directory
        case symbolicLink
        case other(String)
    }

    /// The kind of the path itself (a symbolic link is not followed).
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        return kind(of: info)
    }

    private static func kind(of info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        case S_IFCHR: return .other("a character device")
        case S_IFBLK: return .other("a block device")
        case S_IFIFO: return .other("a FIFO")
        case S_IFSOCK: return .other("a socket")
        default: return .other("a special file")
        }
    }

    /// The file's bytes, or why not. A file over `limit` is not read.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], Failure> {
        switch openChecked(path) {
        case .failure(let failure): return .failure(failure)
        case .success(let (descriptor, size)):
            defer { close(descriptor) }
            guard size <= limit else { return .failure(.tooLarge(path: path, size: size, limit: limit)) }
            return readAll(descriptor, path: path, expected: size, limit: limit)
        }
    }

    /// The file as a `SourceFile` for the compiler: a file over `limit` comes back unread
    /// with its size, so the reader reports it located like any other input problem.
    static func source(_ path: String, displayPath: String, limit: Int) -> Result<SourceFile, Failure> {
        switch openChecked(path) {
        case .failure(let failure): return .failure(failure)
        case .success(let (descriptor, size)):
            defer { close(descriptor) }
            guard size <= limit else { return .success(.unread(path: displayPath, size: size)) }
            return readAll(descriptor, path: path, expected: size, limit: limit).map { SourceFile(path: displayPath, bytes: $0) }
        }
    }

    private static func openChecked(_ path: String) -> Result<(Int32, Int), Failure> {
        // Non-blocking, so a FIFO cannot stall the open; it is refused right after.
        let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(.cannotOpen(path: path, reason: String(cString: strerror(errno))))
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            return .failure(.cannotOpen(path: path, reason: String(cString: strerror(errno))))
        }
        guard case .regular(let size) = kind(of: info) else {
            close(descriptor)
            let what: String
            switch kind(of: info) {
            case .directory: what = "a folder"
            case .other(let kind): what = kind
            default: what = "not a file"
            }
            return .failure(.notRegular(path: path, kind: what))
        }
        return .success((descriptor, size))
    }

    /// Reads to the end, never past `limit` bytes even when the file grows while it is read.
    private static func readAll(_ descriptor: Int32, path: String, expected: Int, limit: Int) -> Result<[UInt8], Failure> {
        var bytes = [UInt8](repeating: 0, count: min(expected, limit) + 1)
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemRead(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(.cannotOpen(path: path, reason: String(cString: strerror(errno))))
            }
            if count == 0 { break }
            filled += count
            if filled == bytes.count, filled <= limit { bytes += [UInt8](repeating: 0, count: min(filled, limit + 1 - filled)) }
        }
        guard filled <= limit else { return .failure(.tooLarge(path: path, size: filled, limit: limit)) }
        bytes.removeLast(bytes.count - filled)
        return .success(bytes)
    }
}

// The C calls under names the enum's own `read` does not shadow.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(descriptor, buffer, count) }
