@testable import HushCore
import Testing

private let zero = String(repeating: "0", count: 40)
private let a1 = String(repeating: "a", count: 40)
private let a2 = String(repeating: "b", count: 40)
private let c1 = String(repeating: "c", count: 40)
private let c2 = String(repeating: "d", count: 40)

private func raw(_ old: String, _ new: String, _ status: String, _ paths: String...) -> String {
    ":100644 100644 \(old) \(new) \(status)\0" + paths.map { $0 + "\0" }.joined()
}

@Test func hunkHeadersGiveTheNewSideLines() {
    #expect(GitDiffParser.addedRange("@@ -0,0 +1,3 @@") == 1..<4)
    #expect(GitDiffParser.addedRange("@@ -2 +3 @@ l1") == 3..<4)
    #expect(GitDiffParser.addedRange("@@ -3,2 +5,0 @@") == 5..<5)
}

@Test func patchesJoinRawEntriesByBlobIDsNotByPosition() {
    // The modified file's patch comes after another one, and the renamed file has only a header.
    let text = raw(a1, a2, "M", "x y.txt") + raw(c1, c1, "R100", "old.txt", "新.txt") + raw(zero, c2, "A", "new.bin") + "\0"
        + "diff --git a/new.bin b/new.bin\nnew file mode 100644\nindex \(zero)..\(c2)\nBinary files /dev/null and b/new.bin differ\n"
        + "diff --git a/x y.txt b/x y.txt\nindex \(a1)..\(a2) 100644\n--- a/x y.txt\t\n+++ b/x y.txt\t\n"
        + "@@ -0,0 +1 @@\n+first\n@@ -2 +3,2 @@ ctx\n-old\n+new\n+@@ -9 +9 @@ not a header\n"
        + "diff --git a/old.txt b/新.txt\nsimilarity index 100%\nrename from old.txt\nrename to 新.txt\n"
    let files = GitDiffParser.parse(Array(text.utf8)[...])
    #expect(files.map { String(decoding: $0.path, as: UTF8.self) } == ["x y.txt", "新.txt", "new.bin"])
    #expect(files[0].status == .modified && files[0].added == AddedLines(ranges: [1..<2, 3..<5]))
    #expect(files[1].status == .renamed && files[1].added?.isEmpty == true && files[1].nameIsNew)
    #expect(files[2].status == .added && files[2].added == nil)
}

@Test func aModifiedFileGitCallsBinaryCountsWhole() {
    let text = raw(a1, a2, "M", "utf16.txt") + "\0"
        + "diff --git a/utf16.txt b/utf16.txt\nindex \(a1)..\(a2) 100644\nBinary files a/utf16.txt and b/utf16.txt differ\n"
    #expect(GitDiffParser.parse(Array(text.utf8)[...]).first?.added == nil)
}

@Test func aMissingPatchForChangedContentCountsWhole() {
    let text = raw(a1, a2, "M", "a.txt") + "\0"
    #expect(GitDiffParser.parse(Array(text.utf8)[...]).first?.added == nil)
}

@Test func unmergedEntriesAreListed() {
    let text = ":100644 000000 \(a1) \(zero) U\0c.txt\0\0* Unmerged path c.txt\n"
    let files = GitDiffParser.parse(Array(text.utf8)[...])
    #expect(files.count == 1 && files[0].status == .unmerged)
}

@Test func addedLinesBecomeByteRangesByLF() {
    let bytes = Array("one\ntwo\rstill two\nthree".utf8)
    #expect(AddedLines(ranges: [2..<3]).byteRanges(in: bytes) == [4..<18])
    #expect(AddedLines(ranges: [2..<4]).byteRanges(in: bytes) == [4..<23])
    #expect(AddedLines(ranges: [1..<2, 3..<4]).byteRanges(in: bytes) == [0..<4, 18..<23])
    #expect(AddedLines(ranges: []).byteRanges(in: bytes).isEmpty)
}
