import FuzzSupport
@testable import HushCore

/// The whole scan of one document with the built-in rules: decoding, structure, unescaping, folding, every rule,
/// scoring, overlap resolution and the mapping back. The first byte picks the file name (and so the structure read).
/// Every finding must point inside the original bytes (or the name), with a value, a line and a column.
@main enum FuzzScan {
    static let scanner = Scanner(rules: try! RuleSet.builtin().rules, options: ScanOptions(minConfidence: .low))
    nonisolated(unsafe) static let state = ScanState()  // libFuzzer calls the target on one thread
    static let names = [
        "a.txt", "a.csv", "a.json", "a.vcf", "a.html", "a.xml", "a.eml", "x.docx!word/document.xml", "138 1234 5678.md",
    ]

    static func main() {
        runFuzzer { buffer in
            let bytes = Array(buffer)
            let name = names[Int(bytes.first ?? 0) % names.count]
            let document = Document(path: name, bytes: bytes, scansName: true)
            let result = scanner.scan(document, state: state)
            for finding in result.findings {
                let size = finding.part == .content ? bytes.count : document.nameBytes.count
                require(
                    finding.start >= 0 && finding.start < finding.end && finding.end <= size,
                    "scan: \(finding.rule) at \(finding.start)..<\(finding.end) in \(size) bytes (\(finding.part))")
                require(finding.line >= 1 && finding.column >= 1, "scan: \(finding.rule) at line \(finding.line) column \(finding.column)")
                require(!finding.value.isEmpty, "scan: \(finding.rule) with an empty value")
            }
        }
    }
}
