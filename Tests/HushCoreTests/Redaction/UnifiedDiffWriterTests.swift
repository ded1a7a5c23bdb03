@testable import HushCore
import Testing

private func diff(_ text: String, edits: [(String, String)], encoding: TextEncoding = .utf8) -> String {
    let bytes = Array(text.utf8)
    var changes: [Redactor.Edit] = []
    var from = text.startIndex
    for (old, new) in edits {
        let range = text.range(of: old, range: from..<text.endIndex)!
        let lower = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        changes.append(Redactor.Edit(range: lower..<(lower + old.utf8.count), bytes: Array(new.utf8)))
        from = range.upperBound
    }
    var out = ""
    let writer = UnifiedDiffWriter(encoding: encoding, oldPath: "a.txt", newPath: "a.txt") { out += $0 }
    bytes.withUnsafeBufferPointer { writer.feed($0, at: 0, edits: changes) }
    writer.finish()
    return out
}

@Suite struct UnifiedDiffWriterTests {
    @Test func diffShowsChangedLinesWithThreeLinesOfContext() {
        let text = (1...12).map { "line \($0)\n" }.joined()
        #expect(diff(text, edits: [("line 2", "LINE 2"), ("line 3", "LINE 3"), ("line 11", "LINE 11")]) == """
            --- a.txt
            +++ a.txt
            @@ -1,6 +1,6 @@
             line 1
            -line 2
            -line 3
            +LINE 2
            +LINE 3
             line 4
             line 5
             line 6
            @@ -8,5 +8,5 @@
             line 8
             line 9
             line 10
            -line 11
            +LINE 11
             line 12

            """)
    }

    @Test func hunksCloserThanSixLinesMerge() {
        let text = (1...9).map { "l\($0)\n" }.joined()
        #expect(diff(text, edits: [("l1", "x1"), ("l8", "x8")]).components(separatedBy: "@@ ").count == 2)
    }

    @Test func aMissingFinalNewlineIsMarked() {
        #expect(diff("a\nb 13812345678", edits: [("13812345678", "138****5678")]) == """
            --- a.txt
            +++ a.txt
            @@ -1,2 +1,2 @@
             a
            -b 13812345678
            \\ No newline at end of file
            +b 138****5678
            \\ No newline at end of file

            """)
    }

    @Test func noEditsNoDiff() {
        #expect(diff("a\nb\n", edits: []).isEmpty)
    }
}
