@testable import HushCore
import Testing

@Test func statusLineFitsTheTerminalKeepingBothEnds() {
    #expect(StatusLine.fit("hush: 3 files", columns: 40) == "hush: 3 files")
    let fitted = StatusLine.fit("hush: 12 files  3.0 MB/s  a/very/long/path/to/some/deeply/nested/file.csv", columns: 40)
    #expect(fitted.unicodeScalars.count == 40)
    #expect(fitted.hasPrefix("hush: 12 files"))
    #expect(fitted.hasSuffix("nested/file.csv"))
    #expect(fitted.contains("…"))
}

@Test func statusLineCountsChineseAsTwoColumns() {
    let fitted = StatusLine.fit("hush: 1 files  1.0 MB/s  资料/张三_身份证_扫描件_正面与反面_最终版本.txt", columns: 40)
    let columns = fitted.unicodeScalars.reduce(0) { $0 + StatusLine.width($1) }
    #expect(columns <= 40)
    #expect(fitted.hasSuffix(".txt"))
}

@Test func statusLineReplacesControlCharactersOfPaths() {
    #expect(StatusLine.fit("a\u{1B}[2Jb\nc", columns: 40) == "a?[2Jb?c")
}
