/// A short, stable fingerprint of a text: 64-bit FNV-1a over its UTF-8 bytes, in hex.
///
/// It detects that a source text changed since a translation was made; it is not a security
/// hash. Stable across runs, platforms and Swift versions (unlike `Hasher`).
public enum Fingerprint {
    public static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
