// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "scale-compiler",
    products: [
        .library(name: "ScaleRuntime", targets: ["ScaleRuntime"]),
        .library(name: "IPSFidelity", targets: ["IPSFidelity"]),
        .executable(name: "scalec", targets: ["scalec"]),
        .plugin(name: "ScaleCompilerPlugin", targets: ["ScaleCompilerPlugin"]),
        .plugin(name: "GenerateScaleCode", targets: ["GenerateScaleCode"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "ScaleRuntime"),
        .target(
            name: "ScaleCompiler",
            dependencies: ["CYAML", "ScaleRuntime"]
        ),
        .executableTarget(
            name: "scalec",
            dependencies: [
                "ScaleCompiler",
                "ScaleRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["Schemas"]
        ),
        .plugin(
            name: "ScaleCompilerPlugin",
            capability: .buildTool(),
            dependencies: ["scalec"]
        ),
        // `swift package generate-scale-code`: the same code, written into the target ahead of time.
        .plugin(
            name: "GenerateScaleCode",
            capability: .command(
                intent: .custom(verb: "generate-scale-code", description: "Write each scale target's generated Swift into its folder"),
                permissions: [.writeToPackageDirectory(reason: "writes ScaleTables.swift into each scale target's folder")]
            ),
            dependencies: ["scalec"]
        ),
        // The module generated from the scale's YAML by the plugin; the folder holds the scale
        // and one small Swift file, because SwiftPM rejects a target without Swift sources.
        .target(
            name: "IPSFidelity",
            dependencies: ["ScaleRuntime"],
            path: "Scales/ips-fidelity",
            plugins: ["ScaleCompilerPlugin"]
        ),
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        // The escaping torture scale, compiled by the plugin like any scale; its tests compare
        // every generated text with the YAML byte for byte.
        .target(
            name: "TortureScale",
            dependencies: ["ScaleRuntime"],
            path: "Tests/TortureScale",
            plugins: ["ScaleCompilerPlugin"]
        ),
        .testTarget(
            name: "TortureScaleTests",
            dependencies: ["TortureScale", "ScaleCompiler", "GoldenFiles"]
        ),
        .testTarget(
            name: "ScaleCompilerTests",
            dependencies: ["ScaleCompiler", "ScaleRuntime", "GoldenFiles"],
            exclude: ["Goldens", "Fixtures", "Corpus"]
        ),
        .testTarget(
            name: "ScaleRuntimeTests",
            dependencies: ["ScaleRuntime"]
        ),
        .testTarget(
            name: "IPSFidelityTests",
            dependencies: ["IPSFidelity", "GoldenFiles"]
        ),
        .testTarget(
            name: "ScalecTests",
            dependencies: ["scalec", "GoldenFiles", "IPSFidelity"],
            exclude: ["Goldens"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
