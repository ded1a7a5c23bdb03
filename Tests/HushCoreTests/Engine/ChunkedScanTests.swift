@testable import HushCore
import Testing

private let builtin = Result { try RuleSet.builtin() }

/// Lines with phones, IDs and cards, some crossing the small regions these tests cut; LF, CRLF and CR line ends, and
/// every so often a line longer than the 64 KiB a cut looks ahead for a line start, so windows also start in the
/// middle of a line.
private func corpus(lines: Int) -> String {
    var text = ""
    for index in 0..<lines {
        let phone = 13_800_000_000 + index * 7919 % 100_000_000
        let end = index % 7 == 3 ? "\r\n" : index % 11 == 5 ? "\r" : "\n"
        switch index % 4 {
        case 0: text += "第\(index)条 手机 \(phone) 已联系" + end
        case 1: text += "contact +86 \(String(phone).prefix(3)) \(String(phone).dropFirst(3).prefix(4)) \(String(phone).suffix(4)) ok" + end
        case 2: text += "身份证 11010519491231002X，卡号 6222 0203 0176 7399 530" + end
        default:
            if index % 1000 == 3 {
                text += (0..<2500).map { "长行 \($0) 电话 \(phone + $0) 继续" }.joined(separator: " ") + end
            } else {
                text += String(repeating: "无关文字 ", count: index % 13) + end
            }
        }
    }
    return text
}

private func regions(_ bytes: [UInt8], encoding: TextEncoding?, regionSize: Int, margin: Int, push: Int) throws -> (regions: [(Int, Int)], findings: [Finding], encoding: TextEncoding?) {
    let scanner = Scanner(rules: try builtin.get().rules)
    let chunked = ChunkedScan(scanner: scanner, state: ScanState(), path: "t.txt", encoding: encoding, regionSize: regionSize, margin: margin)
    var seen: [(Int, Int)] = []
    var findings: [Finding] = []
    let collect: (ChunkedScan.Region) -> Void = { region in
        seen.append((region.start, region.start + region.bytes.count))
        findings += region.findings
    }
    var offset = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + push)
        bytes[offset..<end].withUnsafeBufferPointer { chunked.push($0, collect) }
        offset = end
    }
    chunked.finish(collect)
    return (seen, findings, chunked.encoding)
}

private func summary(_ findings: [Finding]) -> [String] {
    findings.map { "\($0.rule) \($0.start)..<\($0.end) \($0.replacement)" }
}

@Suite struct ChunkedScanTests {
    @Test(arguments: [TextEncoding.utf8, .utf16LE, .utf16BE, .gb18030])
    func regionsCoverTheStreamAndFindWhatAWholeScanFinds(encoding: TextEncoding) throws {
        let text = corpus(lines: 3000)
        let bytes = try #require(ReplacementEncoder(encoding: encoding).encode(text))
        let scanner = Scanner(rules: try builtin.get().rules)
        let whole = scanner.scan(Document(path: "t.txt", bytes: bytes, scansName: false), state: ScanState()).findings
        #expect(whole.count > 1500)
        let chunked = try regions(bytes, encoding: nil, regionSize: 16 << 10, margin: 1 << 10, push: 5000)
        #expect(chunked.encoding == encoding)
        #expect(chunked.regions.count > 5)
        #expect(chunked.regions.first?.0 == 0)
        #expect(chunked.regions.last?.1 == bytes.count)
        for (previous, next) in zip(chunked.regions, chunked.regions.dropFirst()) { #expect(previous.1 == next.0) }
        #expect(summary(chunked.findings) == summary(whole))
    }

    @Test func aStreamOfOneRegionIsScannedWhole() throws {
        let bytes = Array(corpus(lines: 40).utf8)
        let result = try regions(bytes, encoding: nil, regionSize: 1 << 20, margin: 1 << 10, push: 100)
        #expect(result.regions.count == 1)
    }

    @Test func anEmptyStreamIsOneEmptyRegion() throws {
        let result = try regions([], encoding: nil, regionSize: 1 << 20, margin: 1 << 10, push: 100)
        #expect(result.regions.count == 1)
        #expect(result.regions.first.map { $0.1 - $0.0 } == 0)
    }

    @Test func binaryIsSkipped() throws {
        let scanner = Scanner(rules: try builtin.get().rules)
        let chunked = ChunkedScan(scanner: scanner, state: ScanState(), path: "b", encoding: nil, regionSize: 1 << 20)
        [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x31].withUnsafeBufferPointer { chunked.push($0) { _ in Issue.record("no region") } }
        chunked.finish { _ in Issue.record("no region") }
        #expect(chunked.skipped == "binary file")
    }
}
