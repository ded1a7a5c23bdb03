import HushCore
import Testing

private let builtin = Result { try RuleSet.builtin() }

private func scan(_ text: String, minConfidence: Confidence = .medium, types: Set<FindingType>? = nil) throws -> [Finding] {
    let scanner = Scanner(rules: try builtin.get().rules, options: ScanOptions(minConfidence: minConfidence, types: types))
    return scanner.scan(Document(path: "t.txt", bytes: Array(text.utf8), scansName: false), state: ScanState()).findings
}

private func summary(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.rule) \($0.start)..<\($0.end) \($0.confidence)" }
}

@Test func phoneInsideResidentIDIsNotAPhone() throws {
    // 11010519491231002X contains no mobile-shaped run, so build an ID around one: 13012319900101 + seq.
    let findings = try scan("身份证号 11010519491231002X 手机 13812345678")
    #expect(summary(findings) == ["cn-resident-id 13..<31 high", "cn-mobile 39..<50 high"])
}

@Test func typeFilterAppliesAfterOverlapResolution() throws {
    let findings = try scan("身份证号 11010519491231002X", types: [.phone])
    #expect(findings.isEmpty)
}

@Test func fullWidthPhoneIsReportedAtOriginalBytes() throws {
    let text = "电话：１３８１２３４５６７８。"
    let findings = try scan(text)
    #expect(summary(findings) == ["cn-mobile 9..<42 high"])
    #expect(findings.first?.value == "１３８１２３４５６７８")
    #expect(findings.first?.replacement == "１３８＊＊＊＊５６７８")
    #expect(findings.first?.column == 4)
}

@Test func evidenceExplainsTheLevel() throws {
    let finding = try #require(try scan("手机号码：13812345678").first)
    #expect(finding.evidence.contains("validator:cn-mobile"))
    #expect(finding.evidence.contains { $0.hasPrefix("context:") })
    #expect(finding.confidence == .high)
    #expect(finding.score > 0.85)
}

@Test func negativeContextLowersConfidence() throws {
    #expect(try scan("订单号 13812345678").isEmpty)
    #expect(try scan("订单号 13812345678", minConfidence: .low).first?.evidence.contains { $0.hasPrefix("negative:") } == true)
}

@Test func fileNamesAreScanned() throws {
    let scanner = Scanner(rules: try builtin.get().rules)
    let document = Document(path: "docs/张三_身份证_11010519491231002X.jpg", bytes: Array("nothing".utf8))
    let findings = scanner.scan(document, state: ScanState()).findings
    #expect(findings.map(\.part) == [.name])
    #expect(findings.map { $0.start..<$0.end } == [17..<35])  // offsets into the name, after "docs/"
}

@Test func fingerprintsIgnoreLinesAndHideValues() throws {
    let a = try #require(try scan("13812345678").first)
    let b = try #require(try scan("\n\n手机 13812345678").first)
    #expect(a.fingerprint == b.fingerprint)
    #expect(a.fingerprint.count == 16)
    // Unkeyed, the fingerprint covers the masked value only: a report cannot be reversed by trying the 10⁴ numbers
    // that share its mask.
    let other = try #require(try scan("13899995678").first)
    #expect(other.masked == a.masked)
    #expect(other.fingerprint == a.fingerprint)
    #expect(try scan("13912345678").first?.fingerprint != a.fingerprint)
    let keyed = Fingerprinter(key: "team-secret")
    let one = keyed.fingerprint(path: "t.txt", rule: "cn-mobile", normalizedValue: "13812345678", masked: "138****5678")
    let two = keyed.fingerprint(path: "t.txt", rule: "cn-mobile", normalizedValue: "13899995678", masked: "138****5678")
    #expect(one.count == 32)
    #expect(one != two)
}

/// Fingerprints are SHA-256 (or HMAC-SHA256 with a key) of the domain, path, rule and value joined by NULs; the
/// expected digests were computed apart, with Python's hashlib and hmac.
@Test func fingerprintsAreTheDocumentedDigests() {
    let unkeyed = Fingerprinter(key: nil)
    #expect(unkeyed.fingerprint(path: "a/张三.txt", rule: "cn-mobile", normalizedValue: "13812345678", masked: "138****5678") == "91bf0352629ee890")
    let keyed = Fingerprinter(key: "team-secret")
    #expect(keyed.fingerprint(path: "a/张三.txt", rule: "cn-mobile", normalizedValue: "13812345678", masked: "138****5678") == "c112bd314410b69478b4eddd07edf83e")
}
