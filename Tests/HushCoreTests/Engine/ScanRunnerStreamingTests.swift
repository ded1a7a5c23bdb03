@testable import HushCore
import HushTestSupport
import Testing

/// A file above `ScanRequest.streamAbove` is scanned in windows and its findings stream out; the report must be the
/// one a whole read gives, file name, lines, columns, inline `hush:allow` and summary included.
@Suite struct ScanRunnerStreamingTests {
    private static let rules = Result { try RuleSet.builtin().rules }

    private func text() -> String {
        var text = ""
        for index in 0..<6000 {
            let phone = 13_900_000_000 + index * 7919 % 100_000_000
            switch index % 5 {
            case 0: text += "\(index) 手机 \(phone)\r\n"
            case 1: text += "身份证 11010519491231002X 卡 6222 0203 0176 7399 530\n"
            case 2: text += "allowed \(phone) hush:allow\n"
            case 3 where index % 2000 == 3: text += (0..<8000).map { "长 \(phone + $0)" }.joined(separator: " ") + "\n"
            default: text += "noise \(index)\n"
            }
        }
        return text
    }

    private func run(_ path: String, streamAbove: Int) throws -> (lines: [String], summary: ScanSummary?, diagnostics: [String]) {
        let reporter = CollectingReporter()
        var request = ScanRequest(paths: [path], threads: 2)
        request.streamAbove = streamAbove
        request.regionSize = 40_000
        var diagnostics: [String] = []
        _ = ScanRunner(scanner: Scanner(rules: try Self.rules.get())).run(request, reporter: reporter) { diagnostics.append($0) }
        let lines = reporter.findings.map { "\($0.part) \($0.rule) \($0.start)..<\($0.end) \($0.line):\($0.column) \($0.fingerprint)" }
        return (lines, reporter.summary, diagnostics)
    }

    /// Windows are cut where the encoding allows (`TextEncoding.cut`), scanned on two threads and put back in order;
    /// lines longer than the 64 KiB a cut looks ahead for a line start make windows start mid-line.
    @Test(arguments: [TextEncoding.utf8, .utf16LE, .utf16BE, .gb18030])
    func aStreamedFileReportsWhatAWholeReadReports(encoding: TextEncoding) throws {
        let scratch = try ScratchFolder()
        let bom: [UInt8] = encoding == .utf16LE ? [0xFF, 0xFE] : encoding == .utf16BE ? [0xFE, 0xFF] : []
        let path = try scratch.write("calls 13800138000.txt", bom + (try #require(ReplacementEncoder(encoding: encoding).encode(text()))))
        let whole = try run(path, streamAbove: .max)
        let streamed = try run(path, streamAbove: 1000)
        #expect(whole.lines.count > 9000)
        #expect(whole.lines.last?.hasPrefix("name ") == true)
        #expect(!whole.lines.contains { $0.contains(" 3:") && $0.contains("allowed") })
        #expect(streamed.lines == whole.lines)
        #expect(streamed.summary?.files == 1)
        #expect(streamed.summary?.bytes == whole.summary?.bytes)
        #expect(streamed.summary?.findings == whole.summary?.findings)
        #expect(streamed.diagnostics == whole.diagnostics)
    }

    @Test func aStreamedBinaryFileIsSkippedLikeAWholeOne() throws {
        let scratch = try ScratchFolder()
        let path = try scratch.write("blob.bin", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1] + Array(repeating: 0, count: 5000))
        let streamed = try run(path, streamAbove: 1000)
        #expect(streamed.lines.isEmpty)
        #expect(streamed.diagnostics == ["\(path): binary file"])
        #expect(streamed.summary?.skipped == 1)
    }
}
