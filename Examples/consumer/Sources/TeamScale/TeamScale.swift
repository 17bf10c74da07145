// The team scale: generated from the YAML beside this file by ScaleCompilerPlugin. SwiftPM needs
// one Swift file in a target; nothing else is hand-written (the generated code re-exports the
// runtime, so importers of TeamScale need no `import ScaleRuntime`).
