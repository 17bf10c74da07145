#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ScaleCompiler

/// Writing to the terminal: results to stdout, diagnostics to stderr.
enum Console {
    static func out(_ text: String) { write(text, to: 1) }

    static func error(_ text: String) { write(text, to: 2) }

    /// The whole text, retried on interruption. (FileHandle.write traps on any error.) A closed
    /// reader ends the process by SIGPIPE, as `scalec export | head` should.
    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, base + written, buffer.count - written)
            }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { return }
            written += count
        }
    }

    /// A path or name from input, safe to print on one line.
    static func printable(_ text: String) -> String { PrintableText.escaped(text) }

    /// Prints diagnostics as text on stderr, and a summary when there are any.
    static func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticRendering.text(diagnostics))
        error(DiagnosticRendering.summary(diagnostics) + "\n")
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(descriptor, buffer, count) }
