@testable import HushCore
import HushTestSupport
import Testing

// Found by fuzz-mime (Fuzz/Regressions/fuzz-mime/encoded-word-decoding-to-nothing.eml): an encoded word whose payload
// decodes to no bytes (`=?UTF-8?B?A?=`) had its payload counted twice, so everything after it on the line was
// reported, and redacted, that many bytes too far.
@Test func encodedWordDecodingToNothingKeepsLaterOffsets() throws {
    let bytes = try Repository.bytes("Fuzz/Regressions/fuzz-mime/encoded-word-decoding-to-nothing.eml")
    let (decoded, map) = try #require(MIMEDecoder.decode(bytes))
    let phone = try #require(decoded.firstRange(of: Array("13812345678".utf8)))
    #expect(Array(bytes[map.originalStart(phone.lowerBound)..<map.originalEnd(phone.upperBound)]) == Array("13812345678".utf8))
    #expect(map.originalStart(decoded.count) == bytes.count)

    let scanner = Scanner(rules: try RuleSet.builtin().rules, options: ScanOptions(minConfidence: .low))
    let findings = scanner.scan(Document(path: "a.eml", bytes: bytes, scansName: false), state: ScanState()).findings
    let finding = try #require(findings.first { $0.type == .phone })
    #expect(Array(bytes[finding.start..<finding.end]) == Array("13812345678".utf8))
}
