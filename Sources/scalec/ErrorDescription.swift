#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Words for an error from the file system, for a message after "cannot write 'x': ".
///
/// scalec links FoundationEssentials only (without ICU it starts several milliseconds sooner),
/// which has no `localizedDescription`; the operating system's own words for the underlying
/// `errno` are what a user needs.
enum ErrorDescription {
    static func of(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return reason(posix.code.rawValue) }
        if let cocoa = error as? CocoaError {
            if let posix = cocoa.underlying as? POSIXError { return reason(posix.code.rawValue) }
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return reason(ENOENT)
            case .fileWriteNoPermission, .fileReadNoPermission: return reason(EACCES)
            case .fileWriteOutOfSpace: return reason(ENOSPC)
            case .fileWriteVolumeReadOnly: return reason(EROFS)
            case .fileWriteFileExists: return reason(EEXIST)
            default: return "error \(cocoa.code.rawValue)"
            }
        }
        return "\(error)"
    }

    /// `strerror`'s words for an `errno` value.
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
