import Foundation
import HushCore
import Testing

private let builtin = Result { try RuleSet.builtin() }

private func scan(_ bytes: [UInt8], path: String = "t.txt", encoding: TextEncoding? = nil) throws -> [Finding] {
    let scanner = Scanner(rules: try builtin.get().rules)
    return scanner.scan(Document(path: path, bytes: bytes, scansName: false, encoding: encoding), state: ScanState()).findings
}

private func redact(_ text: String, path: String = "t.txt", json: Bool = false, markup: Bool = false) throws -> String {
    let bytes = Array(text.utf8)
    var redactor = Redactor(encoding: .utf8, jsonAware: json, markupAware: markup)
    return String(decoding: try redactor.redact(bytes, findings: try scan(bytes, path: path)).bytes, as: UTF8.self)
}

private func encode(_ text: String, _ encoding: TextEncoding) throws -> [UInt8] {
    try #require(ReplacementEncoder(encoding: encoding).encode(text))
}

private let sample = "\u{FEFF}联系人：王芳\r\n手机 13812345678，备用 +86 139-1234-5678\r\n身份证 11010519491231002X\r\n邮箱 wang.fang@example.com\r\n末行无换行 １３８１２３４５６７８"

@Suite struct RedactorTests {
    @Test func everyByteOutsideTheSpansIsKept() throws {
        let original = Array(sample.utf8)
        let findings = try scan(original)
        #expect(findings.count == 6)
        var redactor = Redactor(encoding: .utf8)
        let output = try redactor.redact(original, findings: findings)
        #expect(output.edits.map(\.range) == findings.map { $0.start..<$0.end })
        var rebuilt: [UInt8] = []
        var cursor = 0
        for (edit, finding) in zip(output.edits, findings) {
            rebuilt += original[cursor..<edit.range.lowerBound]
            rebuilt += Array(finding.replacement.utf8)
            cursor = edit.range.upperBound
        }
        rebuilt += original[cursor...]
        #expect(output.bytes == rebuilt)
        #expect(String(decoding: output.bytes, as: UTF8.self) == "\u{FEFF}联系人：王*\r\n手机 138****5678，备用 +86 139-****-5678\r\n身份证 110105********002X\r\n邮箱 w********@example.com\r\n末行无换行 １３８＊＊＊＊５６７８")
    }

    @Test(arguments: [TextEncoding.utf16LE, .utf16BE, .gb18030, .big5])
    func replacementsAreWrittenInTheFilesOwnEncoding(encoding: TextEncoding) throws {
        let text = encoding == .big5 ? "電話 13812345678，身份證 11010519491231002X，全形 １３８１２３４５６７８\n" : sample
        let original = try encode(text, encoding)
        let findings = try scan(original)
        #expect(findings.count == (encoding == .big5 ? 3 : 6))
        #expect(findings.allSatisfy { $0.encoding == encoding.rawValue })
        var redactor = Redactor(encoding: encoding)
        let output = try redactor.redact(original, findings: findings).bytes
        let expectedText = try redact(text)
        let expected = try encode(expectedText, encoding)
        #expect(output == expected)
    }

    @Test func bareJSONNumbersBecomeStrings() throws {
        let json = #"{"mobile": 13812345678, "list": [13912345678], "note": "call 13712345678"}"#
        let redacted = try redact(json, path: "t.json", json: true)
        #expect(redacted == #"{"mobile": "138****5678", "list": ["139****5678"], "note": "call 137****5678"}"#)
        #expect((try? JSONSerialization.jsonObject(with: Data(redacted.utf8))) != nil)
    }

    @Test func labelsAreSafeInsideJSONStringsAndCSVCells() throws {
        let rules = try builtin.get().rules
        let scanner = Scanner(rules: rules, options: ScanOptions(redaction: RedactionPolicy(strategy: .label)))
        let csv = Array("姓名,手机,备注\r\n王芳,13812345678,\"见面,电话 13912345678\"\r\n".utf8)
        let findings = scanner.scan(Document(path: "c.csv", bytes: csv, scansName: false), state: ScanState()).findings
        var redactor = Redactor(encoding: .utf8)
        let output = String(decoding: try redactor.redact(csv, findings: findings).bytes, as: UTF8.self)
        #expect(output == "姓名,手机,备注\r\n[NAME],[PHONE],\"见面,电话 [PHONE]\"\r\n")
        let json = Array(#"{"tel": "13812345678", "n": 13912345678}"#.utf8)
        let jsonFindings = scanner.scan(Document(path: "c.json", bytes: json, scansName: false), state: ScanState()).findings
        var jsonRedactor = Redactor(encoding: .utf8, jsonAware: true)
        let redacted = try jsonRedactor.redact(json, findings: jsonFindings).bytes
        #expect(String(decoding: redacted, as: UTF8.self) == #"{"tel": "[PHONE]", "n": "[PHONE]"}"#)
    }

    @Test func escapedValuesGetEscapedReplacements() throws {
        let json = #"{"tel": "\u0031\u0033\u0038\u0031\u0032\u0033\u0034\u0035\u0036\u0037\u0038"}"#
        #expect(try redact(json, path: "t.json", json: true) == #"{"tel": "138****5678"}"#)
        let xml = #"<contact tel="&#49;&#51;&#56;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56;"/>"#
        #expect(try redact(xml, path: "t.xml", markup: true) == #"<contact tel="138****5678"/>"#)
        let vcard = "BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E6=89=8B=E6=9C=BA =31=33=38=31=32=33=34=35=36=37=38\r\nEND:VCARD\r\n"
        #expect(try redact(vcard, path: "t.vcf") == "BEGIN:VCARD\r\nNOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E6=89=8B=E6=9C=BA 138****5678\r\nEND:VCARD\r\n")
    }

    @Test func aReplacementThatAddsStructureIsRefused() throws {
        let bytes = Array("a,13812345678,b\n".utf8)
        var findings = try scan(bytes)
        findings[0].replacement = "138,5678"
        var redactor = Redactor(encoding: .utf8)
        #expect(throws: RedactionError.self) { try redactor.redact(bytes, findings: findings) }
    }

    @Test func overlappingFindingsAreRefused() throws {
        let bytes = Array("手机 13812345678\n".utf8)
        let findings = try scan(bytes)
        var redactor = Redactor(encoding: .utf8)
        #expect(throws: RedactionError.self) { try redactor.redact(bytes, findings: findings + findings) }
    }

    @Test func placeholdersAreNotEdits() throws {
        let bytes = Array("手机 138****5678，密码：********\n".utf8)
        #expect(try scan(bytes).isEmpty)
        let found = Array("手机 13812345678\n".utf8)
        var findings = try scan(found)
        findings[0].replacement = findings[0].value
        var redactor = Redactor(encoding: .utf8)
        let output = try redactor.redact(found, findings: findings)
        #expect(output.edits.isEmpty)
        #expect(output.bytes == found)
    }
}
