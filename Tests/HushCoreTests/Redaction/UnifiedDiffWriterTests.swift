@testable import HushCore
import Testing

/// The diff of `text` in `encoding` with each `(old, new, masked)` edit applied: `old` is replaced by `new`, and `masked`
/// is the finding's masked form, which the `-` lines show unless `showValues`. Pieces are encoded one by one, as the
/// redactor encodes replacements.
private func diff(
    _ text: String, edits: [(old: String, new: String, masked: String)], encoding: TextEncoding = .utf8, showValues: Bool = false
) -> String {
    let encoder = ReplacementEncoder(encoding: encoding)
    var bytes: [UInt8] = []
    var changes: [Redactor.Edit] = []
    var rest = Substring(text)
    for edit in edits {
        let range = rest.range(of: edit.old)!
        bytes += encoder.encode(String(rest[..<range.lowerBound]))!
        let old = encoder.encode(edit.old)!
        changes.append(Redactor.Edit(range: bytes.count..<(bytes.count + old.count), bytes: encoder.encode(edit.new)!, masked: edit.masked))
        bytes += old
        rest = rest[range.upperBound...]
    }
    bytes += encoder.encode(String(rest))!
    var out = ""
    let writer = UnifiedDiffWriter(encoding: encoding, oldPath: "a.txt", newPath: "a.txt", showValues: showValues) { out += $0 }
    bytes.withUnsafeBufferPointer { writer.feed($0, at: 0, edits: changes) }
    writer.finish()
    return out
}

/// An edit whose masked form is its replacement, as under the default mask strategy.
private func masking(_ old: String, _ new: String) -> (old: String, new: String, masked: String) { (old, new, new) }

@Suite struct UnifiedDiffWriterTests {
    @Test func diffShowsChangedLinesWithThreeLinesOfContext() {
        let text = (1...12).map { "line \($0)\n" }.joined()
        #expect(diff(text, edits: [masking("line 2", "LINE 2"), masking("line 3", "LINE 3"), masking("line 11", "LINE 11")], showValues: true) == """
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
        #expect(diff(text, edits: [masking("l1", "x1"), masking("l8", "x8")]).components(separatedBy: "@@ ").count == 2)
    }

    @Test func aMissingFinalNewlineIsMarked() {
        #expect(diff("a\nb 13812345678", edits: [masking("13812345678", "138****5678")], showValues: true) == """
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

    @Test func minusLinesShowTheMaskedFormUnlessValuesAreAskedFor() {
        let text = "联系人\n手机 13812345678 已回访\n"
        let edit = (old: "13812345678", new: "[PHONE]", masked: "138****5678")
        #expect(diff(text, edits: [edit]) == """
            --- a.txt
            +++ a.txt
            @@ -1,2 +1,2 @@
             联系人
            -手机 138****5678 已回访
            +手机 [PHONE] 已回访

            """)
        #expect(diff(text, edits: [edit], showValues: true).contains("-手机 13812345678 已回访\n"))
    }

    /// A folded vCard value spans two lines: masked, the `-` side keeps both (the second holds what follows the
    /// value), so the hunk header is the one the diff with values has.
    @Test func aValueAcrossALineBreakKeepsTheLineCount() {
        let text = "BEGIN:VCARD\r\nADR:;;北京市朝阳区建国路\r\n 88 号;北京\r\nEND:VCARD\r\n"
        let edit = (old: "北京市朝阳区建国路\r\n 88 号", new: "北京市朝阳区*******", masked: "北京市朝阳区*******")
        let masked = diff(text, edits: [edit])
        let shown = diff(text, edits: [edit], showValues: true)
        #expect(masked == """
            --- a.txt
            +++ a.txt
            @@ -1,4 +1,3 @@
             BEGIN:VCARD\r
            -ADR:;;北京市朝阳区*******\r
            -;北京\r
            +ADR:;;北京市朝阳区*******;北京\r
             END:VCARD\r

            """)
        #expect(shown.contains("@@ -1,4 +1,3 @@\n"))
        #expect(shown.contains("-ADR:;;北京市朝阳区建国路\r\n- 88 号;北京\r\n"))
    }

    /// The mask is spliced into the file's own bytes, so it must be encoded as the file is: a UTF-8 mask in a UTF-16
    /// file would split its lines at the wrong units and decode as garbage.
    @Test(arguments: [TextEncoding.utf16LE, .utf16BE, .gb18030, .big5])
    func theMaskIsWrittenInTheFilesEncoding(encoding: TextEncoding) {
        let text = "第一行\n手机 13812345678\n第三行\n"
        let edit = (old: "13812345678", new: "[PHONE]", masked: "138****5678")
        let masked = diff(text, edits: [edit], encoding: encoding)
        #expect(masked.contains("@@ -1,3 +1,3 @@\n 第一行\n-手机 138****5678\n+手机 [PHONE]\n 第三行\n"), "\(encoding)")
        #expect(!masked.contains("13812345678"))
    }

    /// Big5 has no bytes for a character a mask may keep from an escaped value: the line shows a fixed mask instead,
    /// never the value.
    @Test func aMaskTheEncodingCannotHoldShowsAsAFixedMask() {
        let text = "名字 &#x1F600;王 好\n"
        let edit = (old: "&#x1F600;王", new: "&#x1F600;*", masked: "😀*")
        #expect(diff(text, edits: [edit], encoding: .big5).contains("-名字 ******** 好\n"))
    }
}
