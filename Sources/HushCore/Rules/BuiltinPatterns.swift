import Foundation

/// The pattern files compiled into the binary, so `hush` works from any directory with nothing beside it.
///
/// The bytes live in `BuiltinPatterns+Generated.swift` (written by `swift run hush-generate` from `patterns/`;
/// a test fails when it is stale). Base64 keeps them byte-exact: a multiline literal would turn CRLF into LF.
public enum BuiltinPatterns {
    /// Every embedded file's repository path (`patterns/cn/cn-mobile.toml`) and text.
    public static let files: [(path: String, text: String)] = encodedFiles.map { entry in
        let bytes = Data(base64Encoded: entry.base64) ?? Data()
        return (entry.path, String(decoding: bytes, as: UTF8.self))
    }

    public static func text(of path: String) -> String? {
        files.first { $0.path == path }?.text
    }

    /// The rule files (`*.toml` outside `patterns/data/`).
    public static var ruleFiles: [(path: String, text: String)] {
        files.filter { $0.path.hasSuffix(".toml") && !$0.path.hasPrefix("patterns/data/") }
    }
}
