import Foundation
import HushCore
import HushTestSupport
import Testing

@Test func stagedScanWorksWithNoCommitsYet() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("contacts.txt", "张三 手机 13812345678\n")
    try sandbox.git("add", ".")
    let result = try scanStaged(sandbox)
    #expect(result.lines == ["contacts.txt:1 cn-mobile"])
    #expect(result.outcome.gitExitStatus(failOn: .medium) == 1)
}

@Test func stagedScanReadsTheIndexNotTheWorkTree() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "手机 13812345678\n")
    try sandbox.git("add", ".")
    try sandbox.write("a.txt", "nothing here any more\n")
    try sandbox.write("untracked.txt", "手机 13912345678\n")
    #expect(try scanStaged(sandbox).lines == ["a.txt:1 cn-mobile"])
}

@Test func modifiedFilesCountOnlyAddedLinesWithStagedLineNumbers() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("notes.txt", "header\n手机 13812345678\nfooter\n")
    try sandbox.commitAll()
    // An old value moves down two lines, a new one is added, and context for it sits on an unchanged line.
    try sandbox.write("notes.txt", "new top\nanother\nheader\n手机 13812345678\nfooter 手机\n13912345678\n")
    try sandbox.git("add", ".")
    #expect(try scanStaged(sandbox).lines == ["notes.txt:6 cn-mobile"])
}

@Test func aValueAddedOnAChangedLineCounts() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "手机 13812345678\n")
    try sandbox.commitAll()
    try sandbox.write("a.txt", "手机 13812345678 (call after 6pm)\n")
    try sandbox.git("add", ".")
    #expect(try scanStaged(sandbox).lines == ["a.txt:1 cn-mobile"])
}

@Test func renamesPathsWithSpacesAndNonASCIINamesAndBinaries() throws {
    let sandbox = try GitSandbox()
    let body = (1...20).map { "line \($0) of a file long enough for git to see a rename\n" }.joined()
    try sandbox.write("old name.txt", body + "手机 13812345678\n")
    try sandbox.commitAll()
    try sandbox.git("mv", "old name.txt", "新 名字.txt")
    try sandbox.write("新 名字.txt", body + "手机 13812345678\n邮箱 someone.real@example.org\n")
    try sandbox.write("图片 1.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0] + Array("13812345678".utf8))
    try sandbox.write("张三_身份证_11010519491231002X.txt", "scan of an ID card\n")
    try sandbox.git("add", "-A")
    let result = try scanStaged(sandbox)
    #expect(result.lines == ["张三_身份证_11010519491231002X.txt:1 cn-resident-id", "新 名字.txt:22 email"])
    #expect(result.skipped.map(\.path) == ["图片 1.png"])
    #expect(result.outcome.failedPaths.isEmpty)
}

@Test func aPureRenameAddsNothing() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "手机 13812345678\n")
    try sandbox.commitAll()
    try sandbox.git("mv", "a.txt", "b.txt")
    let result = try scanStaged(sandbox)
    #expect(result.findings.isEmpty)
    #expect(result.outcome.gitExitStatus(failOn: .medium) == 0)
}

@Test func nothingStagedIsNotAFailure() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "手机 13812345678\n")
    try sandbox.commitAll()
    try sandbox.git("rm", "-q", "a.txt")
    let source = try GitStagedSource(repository: try GitRepository.discover(from: sandbox.root))
    #expect(source.isEmpty)
    #expect(try scan(source.entries).outcome.gitExitStatus(failOn: .medium) == 0)
}

@Test func symbolicLinksAreListedAsSkipped() throws {
    let sandbox = try GitSandbox()
    try FileManager.default.createSymbolicLink(atPath: sandbox.path("link"), withDestinationPath: "13812345678")
    try sandbox.git("add", ".")
    let result = try scanStaged(sandbox)
    #expect(result.skipped == [SkippedFile(path: "link", reason: "symbolic link")])
    #expect(result.findings.isEmpty)
}

@Test func utf16FilesGitCallsBinaryAreScannedWhole() throws {
    let sandbox = try GitSandbox()
    let old = "first line\n手机 13812345678\n"
    try sandbox.write("u16.txt", [0xFF, 0xFE] + old.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try sandbox.commitAll()
    let new = old + "more\n"
    try sandbox.write("u16.txt", [0xFF, 0xFE] + new.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    try sandbox.git("add", ".")
    #expect(try scanStaged(sandbox).lines == ["u16.txt:2 cn-mobile"])
}

@Test func unmergedPathsFailTheCheck() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("c.txt", "base\n")
    try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "-b", "side")
    try sandbox.write("c.txt", "side\n")
    try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "main")
    try sandbox.write("c.txt", "main\n")
    try sandbox.commitAll()
    _ = try sandbox.run(["merge", "-q", "side"])
    let repository = try GitRepository.discover(from: sandbox.root)
    #expect(repository.isMerging)
    let result = try scan(GitStagedSource(repository: repository).entries)
    #expect(result.outcome.failedPaths == ["c.txt"])
    #expect(result.diagnostics.first?.hasPrefix("c.txt: unmerged") == true)
    #expect(result.outcome.gitExitStatus(failOn: .medium) == 2)
}

@Test func stagedScanOnADetachedHead() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "x\n")
    let first = try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "--detach", first)
    try sandbox.write("b.txt", "手机 13812345678\n")
    try sandbox.git("add", ".")
    let repository = try GitRepository.discover(from: sandbox.root)
    #expect(repository.detachedHead == first)
    #expect(try scan(GitStagedSource(repository: repository).entries).lines == ["b.txt:1 cn-mobile"])
}
