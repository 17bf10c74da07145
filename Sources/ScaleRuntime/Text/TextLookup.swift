/// The answer to a text request: the text, and which language served it and why.
public struct TextLookup<Value: Sendable & Hashable>: Sendable, Hashable {
    /// Why the served language is the one it is.
    public enum Reason: Sendable, Hashable {
        /// The requested language has the text.
        case requested
        /// The requested language lacks the text; a declared fallback served it, after trying the
        /// languages listed (the requested one first).
        case declaredFallback(tried: [LanguageTag])
        /// Neither the requested language nor its declared fallbacks have the text; the
        /// edition's source language served it.
        case fallbackToSourceLanguage
    }

    /// The text.
    public var value: Value
    /// The language asked for.
    public var requested: LanguageTag
    /// The language that had the text.
    public var served: LanguageTag
    /// Why `served` is the language it is.
    public var reason: Reason

    /// A lookup's answer.
    public init(value: Value, requested: LanguageTag, served: LanguageTag, reason: Reason) {
        self.value = value
        self.requested = requested
        self.served = served
        self.reason = reason
    }
}

extension EditionDefinition {
    /// The languages a request for `language` tries, in order: itself, its declared fallbacks,
    /// then the source language.
    public func fallbackChain(for language: LanguageTag) -> [LanguageTag] {
        var chain = [language]
        var current = language
        while let next = fallbacks[current], !chain.contains(next) {
            chain.append(next)
            current = next
        }
        if !chain.contains(sourceLanguage) { chain.append(sourceLanguage) }
        return chain
    }

    /// Looks a text up in the requested language, then its declared fallbacks, then the source
    /// language; says which language served and why. Never silent.
    public func lookup<Value>(
        _ language: LanguageTag, _ select: (EditionText) -> Value?
    ) -> TextLookup<Value>? {
        let chain = fallbackChain(for: language)
        for (index, candidate) in chain.enumerated() {
            guard let text = text(in: candidate), let value = select(text) else { continue }
            let reason: TextLookup<Value>.Reason =
                index == 0 ? .requested
                : candidate == sourceLanguage && fallbacks[chain[index - 1]] != candidate
                    ? .fallbackToSourceLanguage : .declaredFallback(tried: Array(chain[..<index]))
            return TextLookup(value: value, requested: language, served: candidate, reason: reason)
        }
        return nil
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
