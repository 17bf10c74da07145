/// A generated edition: a namespace whose nested types name the edition's items, sections,
/// bands, languages, criteria and conditions, so downstream code never spells an id as a string.
///
/// The scale compiler generates one conforming enum per edition (`IPSFidelity2008`,
/// `IPSFidelityFi2026`); apps use the nested types, generic code this protocol.
public protocol ScaleEdition: Sendable {
    /// The edition's items, in scale order.
    associatedtype Item: ScaleItem where Item.Edition == Self
    /// The edition's sections, in scale order.
    associatedtype Section: ScaleSection where Section.Edition == Self
    /// The edition's bands, in declaration order.
    associatedtype Band: ScaleBand where Band.Edition == Self
    /// The languages the edition has text in.
    associatedtype Language: ScaleLanguage
    /// The criteria of the edition's criteria items.
    associatedtype Criterion: ScaleFactID where Criterion.Edition == Self
    /// The conditions of the edition's caps and floors.
    associatedtype Condition: ScaleFactID where Condition.Edition == Self

    /// The edition as data.
    static var definition: EditionDefinition { get }
    /// What totalling a sheet needs of the edition, made once (generated code stores it).
    static var scoringLayout: ScoringLayout { get }
}

extension ScaleEdition {
    /// Made from ``definition`` on every call: code generated before the layout existed still
    /// compiles, and scores correctly, only slower. Regenerate to store it.
    public static var scoringLayout: ScoringLayout { ScoringLayout(definition) }
}

/// Something of a generated edition that is one of a fixed, ordered list (an item, a section,
/// a band): it is its position in that list, and its id is looked up by position.
public protocol ScaleOrdinal: Hashable, Sendable, CaseIterable, Codable, CustomStringConvertible,
    RawRepresentable where RawValue == String, AllCases == [Self]
{
    /// The edition it belongs to.
    associatedtype Edition: ScaleEdition
    /// The position in the edition's list (0 for the first).
    var index: Int { get }
    /// The value at a position; nil outside the list.
    init?(index: Int)
}

extension ScaleOrdinal {
    /// The stable id.
    public var description: String { rawValue }
}

/// A section of a generated edition.
public protocol ScaleSection: ScaleOrdinal {}

extension ScaleSection {
    /// The section as data.
    public var definition: SectionDefinition? {
        let sections = Edition.definition.sections
        return sections.indices.contains(index) ? sections[index] : nil
    }

    /// The section's title in a language, with the language that served it.
    public func title(in language: Edition.Language) -> TextLookup<String>? {
        Edition.definition.sectionTitle(rawValue, in: language.tag)
    }
}

/// A band of a generated edition.
public protocol ScaleBand: ScaleOrdinal {}

extension ScaleBand {
    /// The band as data.
    public var definition: BandDefinition? {
        let bands = Edition.definition.bands
        return bands.indices.contains(index) ? bands[index] : nil
    }

    /// The totals the band covers.
    public var range: ClosedRange<Int>? { definition?.range }

    /// The band's label in a language, with the language that served it.
    public func label(in language: Edition.Language) -> TextLookup<String>? {
        Edition.definition.bandLabel(rawValue, in: language.tag)
    }
}

/// The language enum of a generated edition.
public protocol ScaleLanguage: Hashable, Sendable, CaseIterable, Codable {
    /// The language as a BCP 47 tag.
    var tag: LanguageTag { get }
}

/// A criterion or a condition of one item of a generated edition
/// (`.integrationTeamContact.weeklyMeetings`, `.zeroExclusion.selfReferralPossible`).
public protocol ScaleFactID: Hashable, Sendable, CustomStringConvertible {
    /// The edition it belongs to.
    associatedtype Edition: ScaleEdition
    /// The item it belongs to.
    var item: Edition.Item { get }
    /// Its id within the item, as the scale writes it.
    var id: String { get }
    /// The one of `item` with this id; nil when the item has none of that id.
    init?(item: Edition.Item, id: String)
}

extension ScaleFactID {
    /// `item-id.criterion-id`.
    public var description: String { "\(item.rawValue).\(id)" }
}
