import Foundation
import HushCore
import HushTestSupport
import Testing

/// Pins the exact findings (rule, byte range, level) of every fixture. Goldens live in `FixtureFindings/`, one per
/// fixture, and change only with `HUSH_UPDATE_GOLDENS=1` followed by a review of the diff. `hostile/` is left to
/// `HostileInputTests`, which checks its diagnostics and resources through the binary.
private let fixtures: [String] = {
    let root = Repository.path("fixtures")
    return (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
        .filter { path in
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            return !isDirectory.boolValue && !path.hasPrefix("tools/") && !path.hasPrefix("hostile/") && path != "README.md"
        }
        .sorted()
}()

/// Collects what a run reports.
private final class Collector: Reporter {
    var findings: [Finding] = []
    var skipped: [SkippedFile] = []
    func record(path: String, findings: [Finding]) { self.findings += findings }
    func skipped(_ file: SkippedFile) { skipped.append(file) }
    func finish(_ summary: ScanSummary) {}
}

@Test(arguments: fixtures)
func fixtureFindings(_ fixture: String) throws {
    let scanner = Scanner(rules: try RuleSet.builtin().rules, options: ScanOptions(minConfidence: .low))
    let collector = Collector()
    let path = Repository.path("fixtures/" + fixture)
    _ = ScanRunner(scanner: scanner).run(ScanRequest(paths: [path], threads: 1, reportConfidence: .low), reporter: collector) { _ in }
    let bytes = try Repository.bytes("fixtures/" + fixture)
    let lines = collector.findings.map { finding in
        if finding.part == .content, finding.container == nil, finding.encoding == "utf-8" {
            // The bytes at the offsets are the value, or its escaped form (JSON \u, &#…;, quoted-printable, base64,
            // a folded vCard line), which is reported where it is written.
            let span = bytes[finding.start..<finding.end]
            let original = String(decoding: span, as: UTF8.self)
            let escaped = span.contains { [0x5C, 0x26, 0x3D, 0x0A, 0x0D].contains($0) } || finding.path.hasSuffix(".eml")
            #expect(original == finding.value || escaped, "offsets \(finding.start)..<\(finding.end) do not hold the value")
        }
        let member = finding.path.hasPrefix(path) ? String(finding.path.dropFirst(path.count)) : finding.path
        return "\(member.isEmpty ? "" : member + " ")\(finding.part == .name ? "name" : "\(finding.line):\(finding.column)") "
            + "\(finding.start)..<\(finding.end) \(finding.rule) \(finding.confidence) \(finding.masked) "
            + finding.evidence.joined(separator: " ")
    } + collector.skipped.map { "skipped \($0.path.hasPrefix(path) ? String($0.path.dropFirst(path.count)) : $0.path): \($0.reason)" }
    let golden = "Tests/HushCoreTests/Engine/FixtureFindings/" + fixture.replacingOccurrences(of: "/", with: "__") + ".txt"
    let mismatch = Golden.mismatch(lines.joined(separator: "\n") + "\n", golden: golden)
    #expect(mismatch == nil, "\(mismatch ?? "")")
}
