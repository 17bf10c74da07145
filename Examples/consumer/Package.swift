// swift-tools-version: 6.2
// A downstream package: it depends on the scale compiler by path, imports the generated
// IPSFidelity module, and applies ScaleCompilerPlugin to a scale of its own (TeamScale).
// Both its targets build with the strictest settings an Xcode 26 app may use, so generated code
// is checked against them: default MainActor isolation, warnings as errors, and the upcoming
// features below.
import PackageDescription

let strict: [SwiftSetting] = [
    .defaultIsolation(MainActor.self),
    .unsafeFlags(["-warnings-as-errors"]),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("NonisolatedNonsendingByDefault"),
    .strictMemorySafety(),
]

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
                "WardScale",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TeamScale",
            dependencies: [.product(name: "ScaleRuntime", package: "scale-compiler")],
            swiftSettings: strict,
            plugins: [.plugin(name: "ScaleCompilerPlugin", package: "scale-compiler")]
        ),
        // A second scale in the same package: two plugin targets, one app importing both.
        .target(
            name: "WardScale",
            dependencies: [.product(name: "ScaleRuntime", package: "scale-compiler")],
            swiftSettings: strict,
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
