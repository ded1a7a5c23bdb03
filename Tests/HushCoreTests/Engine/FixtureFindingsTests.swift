import Foundation
import HushCore
import HushTestSupport
import Testing

/// Pins the exact findings (rule, byte range, level) of every fixture. Goldens live in `FixtureFindings/`, one per
/// fixture, and change only with `HUSH_UPDATE_GOLDENS=1` followed by a review of the diff.
private let fixtures: [String] = {
    let root = Repository.path("fixtures")
    return (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
        .filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            return !isDirectory.boolValue && !path.hasPrefix("tools/") && path != "README.md"
        }
        .sorted()
}()

@Test(arguments: fixtures)
func fixtureFindings(_ fixture: String) throws {
    let scanner = Scanner(rules: try RuleSet.builtin().rules, options: ScanOptions(minConfidence: .low))
    let document = Document(path: "fixtures/" + fixture, bytes: try Repository.bytes("fixtures/" + fixture))
    let bytes = document.bytes
    let lines = scanner.scan(document, state: ScanState()).findings.map { finding in
        if finding.part == .content {
            let value = String(decoding: bytes[finding.start..<finding.end], as: UTF8.self)
            #expect(value == finding.value, "offsets \(finding.start)..<\(finding.end) do not hold the value")
        }
        return "\(finding.part == .name ? "name" : "\(finding.line):\(finding.column)") \(finding.start)..<\(finding.end) "
            + "\(finding.rule) \(finding.confidence) \(finding.masked) \(finding.evidence.joined(separator: " "))"
    }
    let golden = "Tests/HushCoreTests/Engine/FixtureFindings/" + fixture.replacingOccurrences(of: "/", with: "__") + ".txt"
    let mismatch = Golden.mismatch(lines.joined(separator: "\n") + "\n", golden: golden)
    #expect(mismatch == nil, "\(mismatch ?? "")")
}
