import IPSFidelity
import ScaleRuntime

/// Typed scoring against its floor (the same loop summing 25 bytes per sheet), and a typed
/// comparison through a plan against one typed scoring: both ratios from one run.
enum TypedRuntimeBenchmark {
    static let levels = [5, 5, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 4, 4, 4, 4, 5, 4, 4, 5, 5, 5, 3, 5, 4]

    struct Figures {
        var floor: Double
        var scoring: Double
        var comparing: Double
        var checksum: Int
    }

    static func run(sheets: Int) -> Figures {
        var sheet = IPSFidelity2008.Sheet()
        for (item, level) in zip(IPSFidelity2008.Item.allCases, levels) { try? sheet.set(item, to: level) }
        var other = IPSFidelityFi2026.Sheet()
        for item in IPSFidelityFi2026.Item.allCases { try? other.set(item, to: 4) }
        var checksum = 0
        let scoring = median(5) {
            for index in 0..<sheets {
                try? sheet.set(.caseloadSize, to: 1 + index % 5)
                let result = sheet.result()
                checksum &+= result.total &+ (result.band?.index ?? 0)
            }
        }
        var bytes = levels.map { UInt8($0) }
        let floor = median(5) {
            for index in 0..<sheets {
                bytes[0] = UInt8(1 + index % 5)
                var sum = 0
                for byte in bytes { sum &+= Int(byte) }
                checksum &+= sum
            }
        }
        let plan = EditionComparisonPlan<IPSFidelity2008, IPSFidelityFi2026>(scale: IPSFidelityScale.definition)
        let comparing = median(5) {
            for index in 0..<sheets {
                try? sheet.set(.caseloadSize, to: 1 + index % 5)
                let comparison = plan.compare(sheet, other)
                checksum &+= comparison.mappedTotalA &+ comparison.comparableCount
            }
        }
        return Figures(floor: floor / Double(sheets), scoring: scoring / Double(sheets), comparing: comparing / Double(sheets), checksum: checksum)
    }
}
