/// Why ``XMLSubsetReader`` read no document: the first well-formedness error, located. XML
/// errors are fatal, so there is only ever one.
struct XMLSubsetError: Error, Sendable {
    var diagnostic: Diagnostic
}
