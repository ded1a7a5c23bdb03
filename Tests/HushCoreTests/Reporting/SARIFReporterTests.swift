@testable import HushCore
import Testing

private func finding(value: String, line: Int, column: Int) -> Finding {
    Finding(
        rule: "x", type: .secret, confidence: .high, score: 0.9, evidence: [], path: "a.pem", container: nil,
        encoding: "utf-8", bom: false, part: .content, line: line, column: column, start: 0, end: value.utf8.count,
        value: value, masked: "********", replacement: "********", fingerprint: "f", normalizedValue: value)
}

@Test(arguments: [
    ("13812345678", 3, 5, 3, 16), ("１３８１２３４５６７８", 1, 1, 1, 12), ("-----BEGIN\r\nabc\r\n-----END", 2, 1, 4, 9),
    ("a\rb\nc", 1, 4, 3, 2),
])
func sarifRegionEndsAfterTheValueInCodePoints(value: String, line: Int, column: Int, endLine: Int, endColumn: Int) {
    let end = SARIFReporter.endPosition(of: finding(value: value, line: line, column: column))
    #expect(end.line == endLine)
    #expect(end.column == endColumn)
}

@Test func sarifURIsArePercentEncodedReferences() {
    #expect(SARIFArtifactLocation(path: "fixtures/a b.csv").uri == "fixtures/a%20b.csv")
    #expect(SARIFArtifactLocation(path: "证件/张三.txt").uri == "%E8%AF%81%E4%BB%B6/%E5%BC%A0%E4%B8%89.txt")
    #expect(SARIFArtifactLocation(path: "/tmp/100%.txt").uri == "file:///tmp/100%25.txt")
    #expect(SARIFArtifactLocation(path: "outer.zip!inner/a.csv").uri == "outer.zip!inner/a.csv")
}
