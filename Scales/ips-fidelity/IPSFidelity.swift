// The IPSFidelity module: the tables in this target are generated from the YAML files beside
// this file by ScaleCompilerPlugin at build time. SwiftPM needs one Swift source in a target,
// and this one also makes the runtime types available to everyone who imports the module.
@_exported public import ScaleRuntime
