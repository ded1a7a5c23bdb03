// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "hush",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "hush", targets: ["hush"]),
        .library(name: "HushCore", targets: ["HushCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        .systemLibrary(name: "CHushZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .target(name: "HushPCRE2", dependencies: ["CPCRE2"]),
        .target(
            name: "HushCore",
            dependencies: [
                "HushPCRE2",
                "CHushZlib",
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "hush",
            dependencies: ["HushCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "hush-generate"),
        .target(name: "HushTestSupport", dependencies: ["HushCore"], path: "Tests/HushTestSupport"),
        .testTarget(name: "HushPCRE2Tests", dependencies: ["HushPCRE2"]),
        .testTarget(name: "HushCoreTests", dependencies: ["HushCore", "HushTestSupport"], exclude: ["Engine/FixtureFindings"]),
        .testTarget(name: "PatternExampleTests", dependencies: ["HushCore", "HushTestSupport"]),
        .testTarget(name: "HushCLITests", dependencies: ["HushTestSupport"], exclude: ["Cases", "Inputs", "Schemas"]),
    ]
)
