@testable import HushCore
import HushTestSupport
import Testing

private func decoded(_ encoded: EncodedBytes, as charset: TextEncoding) -> (bytes: [UInt8], map: OffsetMap) {
    var out: [UInt8] = []
    var map = OffsetMap()
    encoded.decode(charset: charset, into: &out, map: &map)
    return (out, map)
}

// Found by fuzz-vcard (Fuzz/Regressions/fuzz-vcard/qp-cut-character-before-phone.vcf): a lead byte whose character
// is cut short took the next bytes with it into one U+FFFD.
@Test func cutCharacterDoesNotSwallowTheDigitsAfterIt() {
    let text = Array("=E513812345678".utf8)
    let (bytes, map) = decoded(EncodedBytes.quotedPrintable(text, 0..<text.count), as: .utf8)
    #expect(bytes == [0xEF, 0xBF, 0xBD] + Array("13812345678".utf8))
    #expect(map.originalStart(3) == 3)
    #expect(map.originalEnd(bytes.count) == text.count)
}

@Test func phoneAfterADamagedQuotedPrintableByteIsFound() throws {
    let bytes = try Repository.bytes("Fuzz/Regressions/fuzz-vcard/qp-cut-character-before-phone.vcf")
    let rules = try RuleSet.builtin().rules
    let scanner = Scanner(rules: rules, options: ScanOptions(minConfidence: .low))
    let findings = scanner.scan(Document(path: "a.vcf", bytes: bytes, scansName: false), state: ScanState()).findings
    let phone = try #require(findings.first { $0.type == .phone })
    #expect(Array(bytes[phone.start..<phone.end]) == Array("13812345678".utf8))
}

// Seen while writing fuzz-mime's checks (no sanitizer report: the read stayed inside the array's spare capacity): a
// UTF-16 part with an odd byte at its end had its last unit read one byte past the buffer.
@Test func oddUTF16TailBecomesOneReplacementCharacter() {
    let encoded = EncodedBytes(bytes: [0x31, 0x00, 0x33, 0x00, 0x38], sourceLengths: [1, 1, 1, 1, 1])
    let (bytes, map) = decoded(encoded, as: .utf16LE)
    #expect(String(decoding: bytes, as: UTF8.self) == "13\u{FFFD}")
    #expect(map.originalEnd(bytes.count) == 5)
}
