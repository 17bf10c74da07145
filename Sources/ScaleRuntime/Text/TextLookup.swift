/// The answer to a text request: the text, and which language served it and why.
public struct TextLookup<Value: Sendable & Hashable>: Sendable, Hashable {
    /// Why the served language is the one it is.
    public enum Reason: Sendable, Hashable {
        /// The requested language has the text.
        case requested
        /// The requested language lacks the text (or the edition lacks the language); the
        /// edition's source language served it.
        case fallbackToSourceLanguage
    }

    public var value: Value
    public var requested: LanguageTag
    public var served: LanguageTag
    public var reason: Reason

    public init(value: Value, requested: LanguageTag, served: LanguageTag, reason: Reason) {
        self.value = value
        self.requested = requested
        self.served = served
        self.reason = reason
    }
}

extension EditionDefinition {
    /// The edition's text in a language, if it has that language.
    public func text(in language: LanguageTag) -> EditionText? { texts.first { $0.language == language } }

    /// Looks a text up in the requested language, then in the source language; says which served.
    public func lookup<Value>(
        _ language: LanguageTag, _ select: (EditionText) -> Value?
    ) -> TextLookup<Value>? {
        if let text = text(in: language), let value = select(text) {
            return TextLookup(value: value, requested: language, served: language, reason: .requested)
        }
        guard language != sourceLanguage, let source = text(in: sourceLanguage), let value = select(source) else {
            return nil
        }
        return TextLookup(value: value, requested: language, served: sourceLanguage, reason: .fallbackToSourceLanguage)
    }

    /// An item's title, with the language that served it.
    public func itemTitle(_ itemID: String, in language: LanguageTag) -> TextLookup<String>? {
        lookup(language) { $0.items[itemID]?.title }
    }

    /// A band's label, with the language that served it.
    public func bandLabel(_ bandID: String, in language: LanguageTag) -> TextLookup<String>? {
        lookup(language) { $0.bands[bandID] }
    }

    /// A section's title, with the language that served it.
    public func sectionTitle(_ sectionID: String, in language: LanguageTag) -> TextLookup<String>? {
        lookup(language) { $0.sections[sectionID] }
    }
}
