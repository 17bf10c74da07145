// Rounding (`rounded()`, `Int(exactly:)`) calls libm. On Linux only Foundation links it by
// default, and downstream executables need not import Foundation; importing the C library here
// autolinks libm for every client of the runtime.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
