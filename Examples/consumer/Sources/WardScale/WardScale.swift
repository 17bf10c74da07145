// The ward audit scale: generated from the YAML beside this file by ScaleCompilerPlugin. SwiftPM
// needs one Swift file in a target; nothing else is hand-written.
