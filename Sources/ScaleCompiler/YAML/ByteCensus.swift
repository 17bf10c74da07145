/// Which kinds of byte a file holds, from one pass: the screening checks run only where their
/// byte occurs.
struct ByteCensus: OptionSet {
    let rawValue: UInt8

    static let nul = ByteCensus(rawValue: 1)
    static let carriageReturn = ByteCensus(rawValue: 2)
    static let tab = ByteCensus(rawValue: 4)
    static let nonASCII = ByteCensus(rawValue: 8)
    /// C2 or E2: the lead bytes of U+0085, U+2028 and U+2029.
    static let lineBreakLead = ByteCensus(rawValue: 16)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The kinds of each byte value (``SourceText`` takes the census while it reads the lines).
    static let table: [UInt8] = (0...255).map { byte -> UInt8 in
        var kinds: ByteCensus = []
        if byte == 0 { kinds.insert(.nul) }
        if byte == 0x0D { kinds.insert(.carriageReturn) }
        if byte == 0x09 { kinds.insert(.tab) }
        if byte >= 0x80 { kinds.insert(.nonASCII) }
        if byte == 0xC2 || byte == 0xE2 { kinds.insert(.lineBreakLead) }
        return kinds.rawValue
    }
}
