@testable import HushCore
import Testing

@Test func rawScoreWritesWhatFormat2Writes() {
    for step in -20...220 {
        let score = Double(step) / 200
        var json = JSONWriter()
        json.rawScore(score)
        #expect(json.text == String(format2: score))
    }
}

/// A finding written with literal keys and raw chunks is the object the general writer makes member by member.
@Test(arguments: [true, false])
func findingLayoutIsTheGeneralWritersObject(showValues: Bool) {
    let finding = Finding(
        rule: "cn-mobile", type: .phone, confidence: .high, score: 0.93, evidence: ["context:手机", "field:\"tel\""],
        path: "a\"b\\c\n.txt", container: nil, encoding: "utf-8", bom: true, part: .content, line: 3, column: 12, start: 40,
        end: 51, value: "13812345678", masked: "138****5678", replacement: "138****5678", fingerprint: "0123456789abcdef",
        normalizedValue: "13812345678")
    var fast = JSONWriter()
    fast.beginObject()
    finding.write(to: &fast, showValues: showValues)
    fast.endObject()
    var general = JSONWriter()
    general.beginObject()
    general.string("rule", finding.rule)
    general.string("type", finding.type.rawValue)
    general.string("confidence", finding.confidence.description)
    general.number("score", finding.score)
    general.beginArray("evidence")
    for item in finding.evidence { general.string(nil, item) }
    general.endArray()
    general.string("path", finding.path)
    general.string("container", finding.container)
    general.string("part", finding.part.rawValue)
    general.string("encoding", finding.encoding)
    general.bool("bom", finding.bom)
    general.number("line", finding.line)
    general.number("column", finding.column)
    general.number("start", finding.start)
    general.number("end", finding.end)
    if showValues { general.string("value", finding.value) }
    general.string("masked", finding.masked)
    general.string("replacement", finding.replacement)
    general.string("fingerprint", finding.fingerprint)
    general.endObject()
    #expect(fast.text == general.text)
    #expect(fast.text.hasPrefix(#"{"rule":"cn-mobile","type":"phone","confidence":"high","score":0.93,"evidence":["context:手机","field:\"tel\""],"path":"a\"b\\c\n.txt","container":null,"#))
}
