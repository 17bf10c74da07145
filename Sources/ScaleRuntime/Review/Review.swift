/// A review of one edition as a file holds it: which edition, metadata, and per item a level or
/// the facts behind it. Encodes to the JSON `scalec score` reads, so an app writes a file the CLI
/// scores the same way, and decodes such files (unknown items and bad levels are errors).
///
/// ```json
/// {"edition": "2008", "service": "…", "reviewed": "2026-03-01",
///  "scores": {"caseload-size": {"values": [25, 19, 20]}, "zero-exclusion": 4}}
/// ```
public struct Review<Edition: ScaleEdition>: Sendable, Hashable, Codable {
    /// What is recorded for one item.
    public enum Entry: Sendable, Hashable {
        /// The level, decided by the evaluator.
        case level(Int)
        /// The facts the level is computed from.
        case facts(EditionFacts<Edition>)
    }

    /// The service reviewed (free text).
    public var service: String?
    /// When it was reviewed (free text, e.g. an ISO 8601 date).
    public var reviewed: String?
    /// A note on the whole review (free text).
    public var note: String?
    /// What is recorded per item.
    public var entries: [Edition.Item: Entry]
    /// The evaluator's reasons per item (`notes:`), for reports.
    public var notes: [Edition.Item: String]
    /// What the service does well (`strengths:`).
    public var strengths: [String]
    /// What the evaluators recommend (`recommendations:`).
    public var recommendations: [String]
    /// The evaluators' names (`evaluators:`).
    public var evaluators: [String]

    /// A review with its metadata, what is recorded per item, and the remarks a report shows.
    public init(
        service: String? = nil, reviewed: String? = nil, note: String? = nil, entries: [Edition.Item: Entry] = [:],
        notes: [Edition.Item: String] = [:], strengths: [String] = [], recommendations: [String] = [], evaluators: [String] = []
    ) {
        self.service = service
        self.reviewed = reviewed
        self.note = note
        self.entries = entries
        self.notes = notes
        self.strengths = strengths
        self.recommendations = recommendations
        self.evaluators = evaluators
    }

    /// The levels: given ones as they are, facts scored by the edition's rules. Items whose facts
    /// give no level are missing from the sheet; their findings say why.
    public func sheet() throws -> (sheet: ScoreSheet<Edition.Item>, findings: [Edition.Item: EditionFinding<Edition>]) {
        var sheet = ScoreSheet<Edition.Item>()
        var findings: [Edition.Item: EditionFinding<Edition>] = [:]
        for item in Edition.Item.allCases {
            switch entries[item] {
            case .level(let level)?:
                try sheet.set(item, to: level)
            case .facts(let facts)?:
                let finding = try item.level(from: facts)
                findings[item] = finding
                if let level = finding.level { try sheet.set(item, to: level) }
            case nil:
                continue
            }
        }
        return (sheet, findings)
    }

    private enum Keys: String, CodingKey { case edition, service, reviewed, note, scores, notes, strengths, recommendations, evaluators }

    /// Decodes a review in the shape `scalec score` reads. A review of another edition, an unknown
    /// item, criterion, condition or key, and an item with no or several observations are errors;
    /// so are a note on an unknown item and an empty note, strength, recommendation or name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let edition = try container.decodeIfPresent(String.self, forKey: .edition), edition != Edition.definition.id {
            throw DecodingError.dataCorruptedError(
                forKey: .edition, in: container, debugDescription: "the review is for edition '\(edition)', not '\(Edition.definition.id)'")
        }
        service = try container.decodeIfPresent(String.self, forKey: .service)
        reviewed = try container.decodeIfPresent(String.self, forKey: .reviewed)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        let scores = try container.nestedContainer(keyedBy: ReviewKey.self, forKey: .scores)
        var entries: [Edition.Item: Entry] = [:]
        for key in scores.allKeys {
            guard let item = Edition.Item(rawValue: key.stringValue) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: scores, debugDescription: "edition '\(Edition.definition.id)' has no item '\(key.stringValue)'")
            }
            if let level = try? scores.decode(Int.self, forKey: key) {
                entries[item] = .level(level)
            } else {
                let facts = try scores.nestedContainer(keyedBy: ReviewKey.self, forKey: key)
                entries[item] = try ReviewFactsCoding<Edition>.decode(facts, for: item)
            }
        }
        self.entries = entries
        notes = [:]
        if container.contains(.notes) {
            let nested = try container.nestedContainer(keyedBy: ReviewKey.self, forKey: .notes)
            for key in nested.allKeys {
                guard let item = Edition.Item(rawValue: key.stringValue) else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: nested, debugDescription: "edition '\(Edition.definition.id)' has no item '\(key.stringValue)'")
                }
                let note = try nested.decode(String.self, forKey: key)
                guard !note.isEmpty else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: nested, debugDescription: "the note on '\(key.stringValue)' is empty")
                }
                notes[item] = note
            }
        }
        strengths = try Self.texts(container, .strengths)
        recommendations = try Self.texts(container, .recommendations)
        evaluators = try Self.texts(container, .evaluators)
    }

    /// A list of non-empty texts; empty when the key is absent.
    private static func texts(_ container: KeyedDecodingContainer<Keys>, _ key: Keys) throws -> [String] {
        let texts = try container.decodeIfPresent([String].self, forKey: key) ?? []
        if texts.contains(where: \.isEmpty) {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(key.rawValue)' holds an empty text")
        }
        return texts
    }

    /// Encodes the review in the shape `scalec score` reads: the edition's id, the metadata, and
    /// `scores` keyed by item id, and the remarks (notes, strengths, recommendations, evaluators) when there are any.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Edition.definition.id, forKey: .edition)
        try container.encodeIfPresent(service, forKey: .service)
        try container.encodeIfPresent(reviewed, forKey: .reviewed)
        try container.encodeIfPresent(note, forKey: .note)
        var scores = container.nestedContainer(keyedBy: ReviewKey.self, forKey: .scores)
        for item in Edition.Item.allCases {
            guard let entry = entries[item] else { continue }
            let key = ReviewKey(item.rawValue)
            switch entry {
            case .level(let level): try scores.encode(level, forKey: key)
            case .facts(let facts):
                var nested = scores.nestedContainer(keyedBy: ReviewKey.self, forKey: key)
                try ReviewFactsCoding<Edition>.encode(facts, into: &nested)
            }
        }
        if !notes.isEmpty {
            var nested = container.nestedContainer(keyedBy: ReviewKey.self, forKey: .notes)
            for item in Edition.Item.allCases { try nested.encodeIfPresent(notes[item], forKey: ReviewKey(item.rawValue)) }
        }
        for (key, texts) in [(Keys.strengths, strengths), (.recommendations, recommendations), (.evaluators, evaluators)] where !texts.isEmpty {
            try container.encode(texts, forKey: key)
        }
    }
}

/// A coding key made from any string: item ids, condition ids.
struct ReviewKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
