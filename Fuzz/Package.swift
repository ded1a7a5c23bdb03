// swift-tools-version: 6.1
import PackageDescription

/// libFuzzer targets for hush's parsers and decoders (see README.md here). A package of its own, so that the root
/// package's `swift build` and `swift test` never see them: they only build with `scripts/fuzz`, which adds
/// `-sanitize=fuzzer,address` and `-enable-testing` (the targets `@testable import HushCore` to reach its internals).
let targets = ["encoding", "textview", "csv", "json", "vcard", "markup", "mime", "zip", "rules", "scan"]

let package = Package(
    name: "hush-fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "hush", path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "HushCore", package: "hush")]),
    ] + targets.map { name in
        .executableTarget(name: "fuzz-\(name)", dependencies: ["FuzzSupport", .product(name: "HushCore", package: "hush")])
    }
)
