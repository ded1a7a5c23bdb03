@testable import HushCore
import Testing

@Suite struct KeywordIndexTests {
    /// Every occurrence of every built-in keyword, in any ASCII case, inside CJK and ASCII filler: the one-pass index
    /// must list exactly what searching each rule's keywords one by one lists.
    @Test func findsWhatSearchingEachKeywordFinds() throws {
        let rules = try RuleSet.builtin().rules
        let index = KeywordIndex(rules: rules)
        let keywords = Set(rules.indices.filter { index.covers[$0] }.flatMap { rules[$0].keywords })
        #expect(keywords.count > 30)
        let filler = ["密", "码", "澳", "门", "身份", "a", "s", "p", "x", "-", ":", "/", "@", " ", "\n", "1", "é", "ß"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                if Bool.random(using: &generator), let word = keywords.randomElement(using: &generator) {
                    text += String(word.map { Bool.random(using: &generator) ? Character($0.uppercased()) : $0 })
                } else {
                    text += filler.randomElement(using: &generator)!
                }
            }
            let bytes = Array(text.utf8)
            let hits = bytes.withUnsafeBufferPointer { index.hits(in: $0) }
            for ruleIndex in rules.indices {
                guard index.covers[ruleIndex] else {
                    #expect(hits[ruleIndex].isEmpty)
                    continue
                }
                var expected: [Range<Int>] = []
                bytes.withUnsafeBufferPointer { buffer in
                    for start in 0..<buffer.count {
                        for word in Set(rules[ruleIndex].keywords.map { Array($0.lowercased().utf8) }).sorted(by: { $0.count < $1.count }) {
                            let end = start + word.count
                            if end <= buffer.count, (start..<end).allSatisfy({ ByteSearch.lower(buffer[$0]) == word[$0 - start] }) {
                                expected.append(start..<end)
                            }
                        }
                    }
                }
                let found = hits[ruleIndex].sorted { ($0.lowerBound, $0.count) < ($1.lowerBound, $1.count) }
                #expect(found == expected, "rule \(rules[ruleIndex].id) in \(text.debugDescription)")
                #expect(hits[ruleIndex].map(\.lowerBound) == hits[ruleIndex].map(\.lowerBound).sorted())
            }
        }
    }

    /// A keyword whose non-ASCII letters have case is left to a PCRE2 prefilter, which still finds it in any case.
    @Test func coversOnlyWhatByteComparisonCanFind() throws {
        let loader = RuleLoader(data: try PatternData.builtin())
        let cased = try loader.load(
            source: "id = \"x-cased\"\nname = \"X\"\ntype = \"secret\"\nregex = '''(?i)ärzte-[0-9]{4}'''\nkeywords = [\"Ärzte\"]\n",
            file: "rules/x-cased.toml", expectedID: "x-cased")
        let chinese = try loader.load(
            source: "id = \"x-cjk\"\nname = \"X\"\ntype = \"secret\"\nregex = '''工号[0-9]{4}'''\nkeywords = [\"工号\"]\n",
            file: "rules/x-cjk.toml", expectedID: "x-cjk")
        let rules = try RuleSet.builtin().rules + [cased, chinese]
        let index = KeywordIndex(rules: rules)
        #expect(index.covers[rules.count - 2] == false)
        #expect(index.covers[rules.count - 1] == true)
        #expect(rules.indices.filter { index.covers[$0] }.allSatisfy { !rules[$0].keywords.isEmpty })
        let scanner = Scanner(rules: rules, options: ScanOptions(minConfidence: .low))
        let text = "ÄRZTE-1234 工号5678"
        let result = scanner.scan(Document(path: "a.txt", bytes: Array(text.utf8), scansName: false), state: ScanState())
        #expect(result.findings.map(\.rule) == ["x-cased", "x-cjk"])
        #expect(result.findings.map(\.start) == [0, 12])
    }
}
