// The team scale: generated from the YAML beside this file by ScaleCompilerPlugin.
@_exported public import ScaleRuntime
