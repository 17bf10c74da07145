// swift-tools-version: 6.1
// Benchmarks: `swift run -c release scale-bench` (see README.md here for the table and commands).
// A separate package so that ordinary builds and CI never build Yams, the peer we measure against.
// It mirrors the main package through symlinks (SwiftPM forbids the same target names in a
// dependency), and adds Yams and the benchmark executable.
import PackageDescription

let package = Package(
    name: "scale-compiler-benchmarks",
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "ScaleRuntime"),
        .target(name: "ScaleCompiler", dependencies: ["CYAML", "ScaleRuntime"]),
        .executableTarget(
            name: "scalec",
            dependencies: [
                "ScaleCompiler", "ScaleRuntime", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Schemas"]
        ),
        .plugin(name: "ScaleCompilerPlugin", capability: .buildTool(), dependencies: ["scalec"]),
        .target(name: "IPSFidelity", dependencies: ["ScaleRuntime"], plugins: ["ScaleCompilerPlugin"]),
        .executableTarget(
            name: "scale-bench",
            dependencies: ["ScaleCompiler", "CYAML", "IPSFidelity", .product(name: "Yams", package: "Yams")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
