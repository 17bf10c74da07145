import IPSFidelity

/// A typo in an item id is a compile error, not a runtime surprise.
public let misspelt: IPSFidelity2008.Item = .caseloadSise
