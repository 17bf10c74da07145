/// Renders a fixed, ordered list of ids (items, sections, bands) as a struct of its positions:
/// one `static let` per id, raw values looked up by position. Compile time grows linearly with
/// the list (String raw values on enum cases, or a switch over all cases, grow with its square),
/// and nothing reads an enum's memory layout.
struct OrdinalRenderer {
    /// `Item`, `Section`, `Band`.
    let typeName: String
    /// `ScaleItem`, `ScaleSection`, `ScaleBand`.
    let conformance: String
    /// The edition namespace the type belongs to.
    let edition: String
    /// The ids in order, each with its doc comment lines.
    let members: [(id: String, doc: [String])]
    let summary: String

    func render(into w: inout CodeWriter) {
        w.doc(summary)
        w.block("nonisolated public struct \(typeName): \(conformance) {") { w in
            w.line("/// The edition this belongs to.")
            w.line("public typealias Edition = \(edition)")
            w.line()
            w.line("/// The position in the edition's list (0 for the first).")
            w.line("public let index: Int")
            w.line()
            for (position, member) in members.enumerated() {
                for line in member.doc { w.line(line) }
                w.line("public static let \(SwiftName.lowerCamel(member.id)) = \(typeName)(position: \(position))")
            }
            w.line()
            w.line("/// All of them, in order.")
            w.line("public static let allCases: [\(typeName)] = (0..<\(members.count)).map { \(typeName)(position: $0) }")
            w.line()
            w.line("private init(position: Int) { index = position }")
            w.line()
            w.line("/// The one at a position; nil outside the list.")
            w.block("public init?(index: Int) {") { w in
                w.line("guard Self.rawValues.indices.contains(index) else { return nil }")
                w.line("self.index = index")
            }
            w.line()
            w.line("/// The one with this stable id.")
            w.block("public init?(rawValue: String) {") { w in
                w.line("guard let index = Self.indexByRawValue[rawValue] else { return nil }")
                w.line("self.index = index")
            }
            w.line()
            w.line("/// The stable id (`\(members.first?.id ?? "id")`).")
            w.line("public var rawValue: String { Self.rawValues[index] }")
            w.line()
            w.line("private static let rawValues: [String] = [")
            for member in members { w.line("    \(SwiftLiteral.string(member.id)),") }
            w.line("]")
            w.line("private static let indexByRawValue: [String: Int] = Dictionary(")
            w.line("    uniqueKeysWithValues: rawValues.enumerated().map { ($0.element, $0.offset) })")
        }
    }
}
