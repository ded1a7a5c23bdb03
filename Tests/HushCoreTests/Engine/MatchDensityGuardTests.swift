import Foundation
import HushCore
import Testing

private func rule(_ id: String, regex: String) throws -> Rule {
    try RuleLoader(data: try PatternData.builtin()).load(
        source: "id = \"\(id)\"\nname = \"Any\"\ntype = \"secret\"\nregex = '''\(regex)'''\n", file: "rules/\(id).toml", expectedID: id)
}

@Suite struct MatchDensityGuardTests {
    /// `.` matches every byte of the line: it stops after 4,096 free matches (plus one), says so naming itself and the
    /// file, and the built-in rules still find the number. A dense real rule on a phone list never trips.
    @Test(arguments: [#"."#, #"[\s\S]"#, #"(?s).{1,3}"#])
    func aRuleThatMatchesAlmostAnythingStopsInThatFile(regex: String) throws {
        let scanner = Scanner(rules: try RuleSet.builtin().rules + [try rule("x-any", regex: regex)])
        let text = String(repeating: "a", count: 100_000) + " 手机 13812345678\n"
        let result = scanner.scan(Document(path: "big.txt", bytes: Array(text.utf8), scansName: false), state: ScanState())
        #expect(result.diagnostics == ["big.txt: rule x-any: matched 4097 times in its first \(regex == #"(?s).{1,3}"# ? 12291 : 4097) bytes, more than once per 4 bytes (it matches almost anything); the rest of this file was not searched by it"])
        #expect(result.findings.filter { $0.rule == "x-any" }.count == 4096)
        #expect(result.findings.filter { $0.rule == "cn-mobile" }.map(\.start) == [100_008])
    }

    @Test func aDensePhoneListIsNotStopped() throws {
        let scanner = Scanner(rules: try RuleSet.builtin().rules)
        let text = (0..<20_000).map { "13\(8 + $0 / 10_000)1234\(String(format: "%04d", $0 % 10_000))\n" }.joined()
        let result = scanner.scan(Document(path: "list.txt", bytes: Array(text.utf8), scansName: false), state: ScanState())
        #expect(result.diagnostics == [])
        #expect(result.findings.count == 20_000)
    }
}
