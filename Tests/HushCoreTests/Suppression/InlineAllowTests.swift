import HushCore
import Testing

private let rules = Result { try RuleSet.builtin() }

/// Findings of `bytes` kept by the default filter (inline markers only).
private func kept(_ bytes: [UInt8], path: String = "t.txt") throws -> [Int] {
    let runner = ScanRunner(scanner: Scanner(rules: try rules.get().rules))
    let reporter = CollectingReporter()
    let source = SourceDocument(path: path, scansName: false) { _ in .success(bytes) }
    _ = runner.run(sources: [.document(source)], request: ScanRequest(threads: 1), reporter: reporter) { _ in }
    return reporter.findings.map(\.line)
}

@Test(arguments: [
    "# hush:allow", "// hush:allow", "<!-- hush:allow -->", "-- hush:allow", "/* hush:allow */", "（测试号码）hush:allow",
])
func allowWorksInAnyCommentSyntax(marker: String) throws {
    let text = "手机 13812345678 \(marker)\n手机 13912345678\n"
    #expect(try kept(Array(text.utf8)) == [2])
}

@Test func allowNextLineAcceptsOnlyTheNextLine() throws {
    let text = "手机 13712345678 # hush:allow-next-line\n手机 13812345678\n手机 13912345678\n"
    #expect(try kept(Array(text.utf8)) == [1, 3])
}

@Test func linesEndAtCRAndCRLFToo() throws {
    let text = "a\r手机 13812345678 hush:allow\r\n手机 13912345678\r# hush:allow-next-line\r手机 13712345678\r"
    #expect(try kept(Array(text.utf8)) == [3])
}

@Test func markersAreFoundInUTF16Files() throws {
    let text = "手机 13812345678 // hush:allow\n手机 13912345678\n"
    let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(try kept(bytes) == [2])
}

@Test func aPlainChatLineCanSayIt() throws {
    let text = "[10:02] 客服: 请拨打 13812345678 hush:allow\n[10:03] 张三: 我的号码 13912345678\n"
    #expect(try kept(Array(text.utf8)) == [2])
}
