import Foundation
import HushTestSupport
import Testing

@Test func theInstalledHookBlocksAndAllowsRealCommits() throws {
    let sandbox = try GitSandbox()
    try sandbox.write(".git/hooks/pre-commit", "#!/bin/sh\necho 'team hook ran' >&2\n")
    chmod(sandbox.path(".git/hooks/pre-commit"), 0o755)
    let install = try hush(["hook", "install"], in: sandbox)
    #expect(install.status == 0 && install.stdout.contains("pre-commit.local and runs first"))

    try sandbox.write("leak.txt", "手机 13812345678\n")
    try sandbox.git("add", ".")
    let blocked = try sandbox.run(["commit", "-q", "-m", "leak"])
    #expect(blocked.status == 1)
    #expect(blocked.stderr.contains("team hook ran"))
    // git shows a hook's standard output on its standard error.
    #expect(blocked.stderr.contains("leak.txt:1:4  phone  high  138****5678"))
    #expect(!blocked.stderr.contains("13812345678"))
    #expect(blocked.stderr.contains("hush redact leak.txt --in-place && git add leak.txt"))

    try sandbox.write("leak.txt", "手机 13812345678 # hush:allow (the shop's public number)\n")
    try sandbox.git("add", ".")
    #expect(try sandbox.run(["commit", "-q", "-m", "allowed"]).status == 0)

    // A partial commit (`git commit PATH`) gives the hook a temporary index: hush checks that one.
    try sandbox.write("leak.txt", "手机 13812345678 # hush:allow (the shop's public number)\n邮箱 zhang.wei@qq.com\n")
    try sandbox.write("other.txt", "clean\n")
    try sandbox.git("add", "other.txt")
    let partial = try sandbox.run(["commit", "-q", "-m", "partial", "leak.txt"])
    #expect(partial.status == 1)
    #expect(partial.stderr.contains("leak.txt:2:4  email"))

    #expect(try hush(["hook", "uninstall"], in: sandbox).status == 0)
    #expect(try sandbox.read(".git/hooks/pre-commit") == "#!/bin/sh\necho 'team hook ran' >&2\n")
}

@Test func theHookRespectsCoreHooksPathAndAFailingHushBlocks() throws {
    let sandbox = try GitSandbox()
    try sandbox.git("config", "core.hooksPath", ".githooks")
    #expect(try hush(["hook", "install"], in: sandbox).status == 0)
    #expect(FileManager.default.fileExists(atPath: sandbox.path(".githooks/pre-commit")))
    try sandbox.write(".hush.toml", "bogus = 1\n")
    try sandbox.write("a.txt", "fine\n")
    try sandbox.git("add", "a.txt")
    let result = try sandbox.run(["commit", "-q", "-m", "x"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("hush: .hush.toml:1: unknown key 'bogus'"))
    #expect(result.stderr.contains("the commit was not checked"))
}

@Test func hookCommandsOutsideARepositoryExitTwo() throws {
    let plain = NSTemporaryDirectory() + "hush-plain-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: plain) }
    let output = try HushProcess.run(["hook", "install"], in: plain, environment: GitSandbox.environment)
    #expect(output.status == 2 && output.stderr.hasPrefix("hush: not a git repository"))
    let bare = try GitSandbox(bare: true)
    #expect(try hush(["hook", "install"], in: bare).stderr.contains("is a bare repository"))
}
