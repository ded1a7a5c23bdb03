@testable import HushCore
import Testing

private func fields(_ text: String, path: String) -> [String] {
    let bytes = Array(text.utf8)
    return StructureDetector.fields(of: bytes, path: path).fields.spans.map {
        "\($0.name)=\(String(decoding: bytes[$0.range], as: UTF8.self))"
    }
}

@Test func csvCellsTakeTheirHeader() {
    let text = "姓名,手机号,备注\r\n张三,13812345678,\"住在北京, 朝阳\"\r\n\"李\"\"四\",13912345678,\"两行\n备注\"\r\n"
    #expect(fields(text, path: "a.csv") == [
        "姓名=张三", "手机号=13812345678", "备注=住在北京, 朝阳", "姓名=李\"\"四", "手机号=13912345678", "备注=两行\n备注",
    ])
}

@Test func csvUnbalancedQuoteIsReported() {
    let result = StructureDetector.fields(of: Array("a,b\n1,\"open\n2,3\n".utf8), path: "x.csv")
    #expect(result.problem == "unbalanced quote in the cell opened on line 2")
}

@Test func tsvIsDetected() {
    #expect(fields("name\tphone\nZhang\t13812345678\n", path: "a.tsv") == ["name=Zhang", "phone=13812345678"])
}

@Test func jsonValuesTakeTheirKeyAtAnyDepth() {
    let text = #"{"user": {"mobile": "13812345678", "ids": ["11010519491231002X"], "age": 30}}"#
    #expect(fields(text, path: "a.json") == ["mobile=13812345678", "ids=11010519491231002X", "age=30"])
}

@Test func brokenJSONIsScannedAsText() {
    let result = StructureDetector.fields(of: Array(#"{"a": "b""#.utf8), path: "x.json")
    #expect(result.fields.spans.isEmpty)
    #expect(result.problem?.hasPrefix("not valid JSON") == true)
}

@Test func deeplyNestedJSONDoesNotRecurse() {
    let depth = 100_000
    let text = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    #expect(StructureDetector.fields(of: Array(text.utf8), path: "deep.json").problem == nil)
}

@Test func vcardPropertiesAndFoldedLines() {
    let text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张三\r\nTEL;TYPE=CELL:+86 138 1234 5678\r\nNOTE:a long\r\n  note\r\nEND:VCARD\r\n"
    #expect(fields(text, path: "c.vcf") == ["BEGIN=VCARD", "VERSION=3.0", "FN=张三", "TEL=+86 138 1234 5678", "NOTE=a long\r\n  note", "END=VCARD"])
    #expect(StructureDetector.fields(of: Array(text.utf8), path: "c.vcf").fields.contactRecords == 1)
}

@Test func markupAttributesAndInputs() {
    let text = #"<sms address="+8613812345678" body="hi"/><input name="phone" value="13912345678"><td>张三</td>"#
    #expect(fields(text, path: "s.xml") == ["address=+8613812345678", "body=hi", "phone=13912345678", "td=张三"])
}
