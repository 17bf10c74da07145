// swift-tools-version: 6.1
// A downstream package: it depends on the scale compiler by path, imports the generated
// IPSFidelity module, and applies ScaleCompilerPlugin to a scale of its own (TeamScale).
import PackageDescription

let package = Package(
    name: "ips-consumer",
    dependencies: [
        .package(name: "scale-compiler", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "ips-consumer",
            dependencies: [
                .product(name: "IPSFidelity", package: "scale-compiler"),
                "TeamScale",
            ]
        ),
        .target(
            name: "TeamScale",
            dependencies: [.product(name: "ScaleRuntime", package: "scale-compiler")],
            plugins: [.plugin(name: "ScaleCompilerPlugin", package: "scale-compiler")]
        ),
        // Must NOT compile: it misspells an item id. scripts/test builds it and expects the
        // compiler to reject `caseloadSise`.
        .target(
            name: "MisspeltItem",
            dependencies: [.product(name: "IPSFidelity", package: "scale-compiler")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
