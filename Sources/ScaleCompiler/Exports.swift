// The compiler builds and returns the runtime model, so its clients see those types too.
@_exported import ScaleRuntime
