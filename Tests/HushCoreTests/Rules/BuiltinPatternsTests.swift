import Foundation
import HushCore
import HushTestSupport
import Testing

/// The swift-format model: the generated source must hold exactly the bytes of `patterns/`.
@Test func generatedPatternsMatchTheRepository() throws {
    let root = Repository.path("patterns")
    let onDisk = (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
        .filter { $0.hasPrefix("data/") ? $0.hasSuffix(".txt") && !$0.dropFirst(5).contains("/") : $0.hasSuffix(".toml") }
        .sorted()
    let embedded = BuiltinPatterns.files.map(\.path).sorted()
    #expect(embedded == onDisk.map { "patterns/" + $0 }, "run 'swift run hush-generate': the list of pattern files changed")
    for file in BuiltinPatterns.files {
        let disk = try String(contentsOfFile: Repository.path(file.path), encoding: .utf8)
        #expect(disk == file.text, "\(file.path) is out of date in BuiltinPatterns+Generated.swift; run 'swift run hush-generate'")
    }
}
