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
        // The small scale and the libFuzzer driver the scoring targets share.
        .target(name: "FuzzSupport", dependencies: ["ScaleCompiler", "ScaleRuntime"]),
        .executableTarget(name: "FuzzScoreFile", dependencies: ["FuzzSupport", "ScaleCompiler", "ScaleRuntime"]),
        .executableTarget(name: "FuzzSpreadsheet", dependencies: ["FuzzSupport", "ScaleCompiler", "ScaleRuntime"]),
    ],
    swiftLanguageModes: [.v6]
)
