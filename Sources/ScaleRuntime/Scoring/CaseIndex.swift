/// The position of a case of a no-payload enum in its declaration: Swift stores such an enum
/// value as that index, in 0, 1, 2 or 4 bytes (its type layout).
///
/// Generated item enums use it for their raw values, equality and hashing: a `switch` over all
/// cases, or String raw values declared on the cases, take the compiler time that grows with the
/// square of the cases (see Benchmarks/). Tests check it against `allCases` for every edition.
public func caseIndex<Value>(of value: Value) -> Int {
    withUnsafeBytes(of: value) { bytes in
        switch bytes.count {
        case 0: 0
        case 1: Int(bytes[0])
        case 2: Int(bytes.loadUnaligned(as: UInt16.self))
        default: Int(bytes.loadUnaligned(as: UInt32.self))
        }
    }
}
