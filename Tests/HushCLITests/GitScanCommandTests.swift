import Foundation
import HushTestSupport
import Testing

/// Runs hush in `sandbox` (or a folder inside it) with the sandbox's git environment.
func hush(_ arguments: [String], in sandbox: GitSandbox, folder: String? = nil, environment: [String: String] = [:]) throws -> HushProcess.Output {
    try HushProcess.run(
        arguments, in: folder.map(sandbox.path) ?? sandbox.root,
        environment: GitSandbox.environment.merging(environment) { $1 })
}

@Test func stagedReportsRepositoryPathsAndStagedLinesFromAnyFolder() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("docs/a b.txt", "one\n")
    try sandbox.commitAll()
    try sandbox.write("docs/a b.txt", "zero\none\n手机 13812345678\n")
    try sandbox.write("docs/新.txt", "邮箱 zhang.wei@qq.com\n")
    try sandbox.git("add", ".")
    let output = try hush(["scan", "--staged", "--format", "jsonl"], in: sandbox, folder: "docs")
    #expect(output.status == 1)
    #expect(output.stdout.contains(#""path":"docs/a b.txt""#) && output.stdout.contains(#""line":3"#))
    #expect(output.stdout.contains(#""path":"docs/新.txt""#))
    #expect(output.stderr.contains("hush: commit blocked: the staged changes add 2 findings"))
    #expect(output.stderr.contains("hush redact 'a b.txt' '新.txt' --in-place && git add 'a b.txt' '新.txt'"))
    #expect(output.stderr.contains("hush baseline && git add ../.hush-baseline.json"))
    #expect(output.stderr.contains("hush scan --git all"))
}

@Test func nothingStagedOrOnlyBinariesAllowsTheCommit() throws {
    let sandbox = try GitSandbox()
    let empty = try hush(["scan", "--staged"], in: sandbox)
    #expect(empty.status == 0)
    try sandbox.write("photo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2])
    try sandbox.git("add", ".")
    let binary = try hush(["scan", "--staged"], in: sandbox)
    #expect(binary.status == 0)
    #expect(binary.stderr.contains("photo.png: binary"))
}

@Test func badPlacesAreOneLineAndExitTwo() throws {
    let plain = NSTemporaryDirectory() + "hush-plain-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: plain) }
    let notRepo = try HushProcess.run(["scan", "--staged"], in: plain, environment: GitSandbox.environment)
    #expect(notRepo.status == 2)
    #expect(notRepo.stderr == "hush: not a git repository: \(plain) (run hush inside one, or scan files with `hush scan PATH`); the commit was not checked\n")

    let bare = try GitSandbox(bare: true)
    let staged = try hush(["scan", "--staged"], in: bare)
    #expect(staged.status == 2)
    #expect(staged.stderr.contains("is a bare repository") && staged.stderr.contains("the commit was not checked"))
    #expect(staged.stderr.split(separator: "\n").count == 1)
    #expect(try hush(["scan", "--git", "all"], in: bare).status == 0)

    let sandbox = try GitSandbox()
    let range = try hush(["scan", "--git", "nope..HEAD"], in: sandbox)
    #expect(range.status == 2 && range.stderr.hasPrefix("hush: not a revision range git knows: 'nope..HEAD'"))
    let both = try hush(["scan", "--staged", "somefile"], in: sandbox)
    #expect(both.status == 2 && both.stderr.contains("name no paths"))
}

@Test func aDetachedHeadIsCheckedAndSaidSo() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "x\n")
    let commit = try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "--detach")
    try sandbox.write("b.txt", "ok\n")
    try sandbox.git("add", ".")
    let output = try hush(["scan", "--staged", "-q"], in: sandbox)
    #expect(output.status == 0)
    #expect(output.stderr.contains("hush: HEAD is detached at \(commit.prefix(12)); checking what is staged against that commit"))
}

@Test func aMergeWithConflictsIsNotCheckedAndSaysWhy() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("c.txt", "base\n")
    try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "-b", "side")
    try sandbox.write("c.txt", "side\n")
    try sandbox.commitAll()
    try sandbox.git("checkout", "-q", "main")
    try sandbox.write("c.txt", "main\n")
    try sandbox.write("d.txt", "手机 13812345678\n")
    try sandbox.commitAll()
    _ = try sandbox.run(["merge", "-q", "side"])
    let output = try hush(["scan", "--staged"], in: sandbox)
    #expect(output.status == 2)
    #expect(output.stderr.contains("hush: a merge is in progress"))
    #expect(output.stderr.contains("hush: c.txt: unmerged (merge in progress): resolve the conflict and `git add` it"))
    #expect(output.stderr.contains("the commit was not checked"))
    // Resolved: what the merge brings in is checked.
    try sandbox.write("c.txt", "resolved\n")
    try sandbox.git("add", "c.txt")
    #expect(try hush(["scan", "--staged", "-q"], in: sandbox).status == 0)
}

@Test func corruptSettingsStopTheHookWithTheirLine() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "ok\n")
    try sandbox.git("add", ".")
    try sandbox.write(".hush.toml", "min_confidence = \"low\"\n[rules.cn-mobile]\nenabled = maybe\n")
    let config = try hush(["scan", "--staged"], in: sandbox)
    #expect(config.status == 2)
    #expect(config.stderr.hasPrefix("hush: .hush.toml:3: invalid TOML"))
    #expect(config.stderr.hasSuffix("; the commit was not checked\n"))
    try FileManager.default.removeItem(atPath: sandbox.path(".hush.toml"))
    try sandbox.write(".hush-baseline.json", "{\"version\": 1, \"findings\": [\n")
    let baseline = try hush(["scan", "--staged"], in: sandbox)
    #expect(baseline.status == 2)
    #expect(baseline.stderr.hasPrefix("hush: .hush-baseline.json: not a hush baseline: invalid JSON"))
    #expect(baseline.stderr.split(separator: "\n").count == 1)
}

@Test func gitRangesAndHistoryFromTheCommandLine() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "x\n")
    let base = try sandbox.commitAll()
    try sandbox.write("a.txt", "x\n手机 13812345678\n")
    let added = try sandbox.commitAll()
    let range = try hush(["scan", "--git", "\(base)..HEAD"], in: sandbox)
    #expect(range.status == 1)
    #expect(range.stdout.contains("\(added.prefix(12)):a.txt:2:4  phone"))
    let all = try hush(["scan", "--git", "all", "--format", "json"], in: sandbox)
    #expect(all.status == 1 && all.stdout.contains(#""path":"\#(added.prefix(12)):a.txt""#))
}
