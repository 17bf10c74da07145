import ArgumentParser
import ScaleCompiler

/// Loads and compiles a scale folder for a command; prints diagnostics and fails on errors.
enum CompiledScale {
    static func load(_ directory: String) throws -> (scale: ScaleDefinition, result: CompilationResult) {
        let source: ScaleSource
        do { source = try ScaleDirectoryLoader.load(directory) } catch {
            Console.error("error: \(error)\n")
            throw ExitCode.failure
        }
        let result = ScaleCompilation.compile(source)
        Console.report(result.diagnostics)
        guard let scale = result.scale else { throw ExitCode.failure }
        return (scale, result)
    }

    /// The edition a command works on: the one named, or the only one.
    static func edition(_ id: String?, in scale: ScaleDefinition) throws -> EditionDefinition {
        let known = scale.editions.map(\.id)
        guard let id else {
            if scale.editions.count == 1, let only = scale.editions.first { return only }
            throw ValidationError("the scale has several editions; choose one with --edition (\(known.joined(separator: ", ")))")
        }
        guard let edition = scale.edition(id) else {
            let hint = Suggestions.closest(to: id, in: known).map { " Did you mean '\($0)'?" } ?? ""
            throw ValidationError("the scale has no edition '\(id)'; it has: \(known.joined(separator: ", ")).\(hint)")
        }
        return edition
    }

    /// The language a command prints in: the one named (which the edition must have), or the
    /// edition's source language.
    static func language(_ tag: String?, in edition: EditionDefinition) throws -> LanguageTag {
        guard let tag else { return edition.sourceLanguage }
        let language = try wellFormedLanguage(tag)
        guard edition.languages.contains(language) else {
            throw ValidationError(
                "edition '\(edition.id)' has no text in '\(tag)'; it has: \(edition.languages.map(\.rawValue).joined(separator: ", "))")
        }
        return language
    }

    /// A language named on the command line, which must be a well-formed BCP 47 tag (it ends up
    /// in file names and in `lang` attributes).
    static func wellFormedLanguage(_ tag: String) throws -> LanguageTag {
        if let problem = LanguageTagSyntax.problem(in: tag) {
            throw ValidationError("'\(Console.printable(tag))' is not a BCP 47 language tag: \(problem)")
        }
        return LanguageTag(tag)
    }
}
