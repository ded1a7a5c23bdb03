import Foundation
import HushCore
import HushTestSupport
import Testing

private let rules = Result { try RuleSet.builtin() }

private func findings(_ files: [(String, String)], baseline: Baseline? = nil, added: [String: AddedLines] = [:]) throws -> [Finding] {
    let runner = ScanRunner(scanner: Scanner(rules: try rules.get().rules))
    let reporter = CollectingReporter()
    var request = ScanRequest(threads: 1)
    request.filter = FindingFilter(baseline: baseline)
    let entries = files.map { path, text in
        SourceEntry.document(SourceDocument(path: path, scansName: false, added: added[path]) { _ in .success(Array(text.utf8)) })
    }
    _ = runner.run(sources: entries, request: request, reporter: reporter) { _ in }
    return reporter.findings
}

private func baseline(of files: [(String, String)]) throws -> Baseline {
    var baseline = Baseline(keyed: false)
    for finding in try findings(files) { baseline.accept(finding, path: finding.path) }
    return baseline
}

@Test func movingALineChangesNothingAndASecondCopyIsNew() throws {
    let accepted = try baseline(of: [("a.txt", "手机 13812345678\n")])
    #expect(try findings([("a.txt", "new first line\n\n手机 13812345678\n")], baseline: accepted).isEmpty)
    let twice = try findings([("a.txt", "手机 13812345678\n手机 13812345678\n")], baseline: accepted)
    #expect(twice.map(\.line) == [2])
    // The same value in another file is not accepted by this file's entry.
    #expect(try findings([("b.txt", "手机 13812345678\n")], baseline: accepted).count == 1)
}

@Test func theBaselineAbsorbsUnchangedLinesFirst() throws {
    let accepted = try baseline(of: [("a.txt", "手机 13812345678\n")])
    // A copy added above the accepted value: the added one is reported, whatever the order in the file.
    let text = "手机 13812345678\n手机 13812345678\n"
    let result = try findings([("a.txt", text)], baseline: accepted, added: ["a.txt": AddedLines(ranges: [1..<2])])
    #expect(result.map(\.line) == [1])
}

@Test func theFileIsSortedStableAndHoldsNoValues() throws {
    let accepted = try baseline(of: [("z.txt", "手机 13912345678\n"), ("a b.txt", "手机 13812345678 13812345678\n")])
    let text = String(decoding: accepted.encoded(), as: UTF8.self)
    #expect(text.hasPrefix("{\n  \"version\": 1,\n  \"keyed\": false,\n  \"findings\": [\n    {\"path\": \"a b.txt\", \"rule\": \"cn-mobile\""))
    #expect(text.contains("\"count\": 2}"))
    #expect(!text.contains("1381234") && !text.contains("5678") && !text.contains("line"))
    #expect(try Baseline.decode(accepted.encoded(), file: "b.json") == accepted)
    let folder = NSTemporaryDirectory() + "hush-baseline-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(try accepted.write(to: folder + "/b.json"))
    #expect(try !accepted.write(to: folder + "/b.json"))
}

@Test(arguments: [
    ("{", "not a hush baseline: invalid JSON"), ("[]", "not a hush baseline: expected a JSON object"),
    (#"{"version": 2, "keyed": false, "findings": []}"#, "not a hush baseline of version 1"),
    (#"{"version": 1, "keyed": false, "findings": [{"path": "a"}]}"#, "finding 1 needs path, rule, fingerprint"),
    (#"{"version": 1, "keyed": false, "findings": [], "when": 1}"#, "unknown key 'when'"),
])
func corruptBaselinesSayWhy(text: String, cause: String) {
    #expect { try Baseline.decode(Array(text.utf8), file: "b.json") } throws: { error in
        "\(error)".hasPrefix("b.json: " + cause)
    }
}
