import Foundation
import HushCore
import HushTestSupport
import Testing

@Test func aRangeReportsWhatEachCommitAddedWithItsCommit() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "手机 13812345678\n")
    let base = try sandbox.commitAll()
    try sandbox.write("a.txt", "手机 13812345678\nline\n手机 13912345678\n")
    let added = try sandbox.commitAll()
    // Added in one commit and removed in the next: still in history once pushed.
    try sandbox.write("b.txt", "邮箱 someone.real@example.org\n")
    let second = try sandbox.commitAll()
    try sandbox.write("b.txt", "gone\n")
    try sandbox.commitAll()
    let repository = try GitRepository.discover(from: sandbox.root)
    let result = try scan(GitHistorySource(repository: repository, range: "\(base)..HEAD").entries)
    #expect(result.lines == ["\(added.prefix(12)):a.txt:3 cn-mobile", "\(second.prefix(12)):b.txt:1 email"])
}

@Test func allHistoryScansEachBlobOnceWithTheCommitThatIntroducedIt() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "手机 13812345678\n")
    let first = try sandbox.commitAll()
    try sandbox.write("a.txt", "手机 13812345678\n手机 13912345678\n")
    let second = try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "-b", "side", first)
    // The same content as on main, committed again: a blob already met is not scanned twice.
    try sandbox.write("copy.txt", "手机 13812345678\n")
    let side = try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "main")
    try sandbox.git("rm", "-q", "a.txt")
    try sandbox.commitAll()
    let repository = try GitRepository.discover(from: sandbox.root)
    let result = try scan(GitHistorySource(repository: repository, range: "all").entries)
    #expect(
        Set(result.lines) == [
            "\(first.prefix(12)):a.txt:1 cn-mobile", "\(second.prefix(12)):a.txt:1 cn-mobile", "\(second.prefix(12)):a.txt:2 cn-mobile",
        ])
    #expect(!result.lines.contains { $0.hasPrefix(side.prefix(12)) })
}

@Test func allHistoryFindsContentOnlyAMergeIntroduced() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "base\n")
    try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "-b", "side")
    try sandbox.write("b.txt", "side\n")
    try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "main")
    try sandbox.write("c.txt", "main\n")
    try sandbox.commitAll()
    try sandbox.git("merge", "-q", "--no-commit", "side")
    try sandbox.write("evil.txt", "手机 13812345678\n")
    try sandbox.git("add", ".")
    try sandbox.git("commit", "-q", "--no-verify", "-m", "merge")
    let merge = try sandbox.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    let result = try scan(GitHistorySource(repository: try GitRepository.discover(from: sandbox.root), range: "all").entries)
    #expect(result.lines == ["\(merge.prefix(12)):evil.txt:1 cn-mobile"])
}

@Test func historyOfABareRepositoryAndOfAnEmptyOne() throws {
    let work = try GitSandbox()
    try work.write("a.txt", "手机 13812345678\n")
    try work.commitAll()
    let bare = try GitSandbox(bare: true)
    try work.git("push", "-q", bare.root, "main")
    let repository = try GitRepository.discover(from: bare.root)
    #expect(repository.isBare)
    #expect(try scan(GitHistorySource(repository: repository, range: "all").entries).findings.count == 1)
    let empty = try GitSandbox()
    #expect(try GitHistorySource(repository: try GitRepository.discover(from: empty.root), range: "all").entries.isEmpty)
}

@Test func anUnknownRangeIsAClearError() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "x\n")
    try sandbox.commitAll()
    #expect {
        try GitHistorySource(repository: try GitRepository.discover(from: sandbox.root), range: "nope..HEAD")
    } throws: { error in
        "\(error)".hasPrefix("not a revision range git knows: 'nope..HEAD'")
    }
}
