// swift-tools-version: 6.1
// Fuzz targets for libFuzzer (`-sanitize=fuzzer`). A separate package so that ordinary builds
// never link them; the compiler's sources come in through the symlinks under Sources/.
// Build and run: scripts/fuzz.
import PackageDescription

let package = Package(
    name: "scale-compiler-fuzz",
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "ScaleRuntime"),
        .target(name: "ScaleCompiler", dependencies: ["CYAML", "ScaleRuntime"]),
        .executableTarget(name: "FuzzYAMLReader", dependencies: ["ScaleCompiler"]),
        .executableTarget(name: "FuzzCompile", dependencies: ["ScaleCompiler"]),
        .executableTarget(name: "FuzzXLIFF", dependencies: ["ScaleCompiler"]),
        .executableTarget(name: "FuzzScoreFile", dependencies: ["ScaleCompiler", "ScaleRuntime"]),
        .executableTarget(name: "FuzzSpreadsheet", dependencies: ["ScaleCompiler", "ScaleRuntime"]),
    ],
    swiftLanguageModes: [.v6]
)
