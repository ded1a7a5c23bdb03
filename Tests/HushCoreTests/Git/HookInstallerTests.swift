import Foundation
import HushCore
import HushTestSupport
import Testing

private func hooks(_ sandbox: GitSandbox) -> HookInstaller { HookInstaller(directory: sandbox.path(".git/hooks")) }

private func read(_ path: String) -> String? {
    FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

@Test func installThenUninstallLeavesNothing() throws {
    let sandbox = try GitSandbox()
    let installer = hooks(sandbox)
    #expect(try installer.install(executable: "/opt/hush", force: false).hasPrefix("installed"))
    let hook = try #require(read(sandbox.path(".git/hooks/pre-commit")))
    #expect(hook.contains("exec \"$hush\" scan --staged") && hook.contains("hush='/opt/hush'"))
    #expect((try FileManager.default.attributesOfItem(atPath: sandbox.path(".git/hooks/pre-commit"))[.posixPermissions] as? Int) == 0o755)
    #expect(try installer.install(executable: "/usr/bin/hush", force: false).hasPrefix("updated"))
    #expect(read(sandbox.path(".git/hooks/pre-commit"))?.contains("hush='/usr/bin/hush'") == true)
    #expect(try installer.uninstall().hasPrefix("removed"))
    #expect(!FileManager.default.fileExists(atPath: sandbox.path(".git/hooks/pre-commit")))
}

@Test func anExistingHookIsChainedAndRestored() throws {
    let sandbox = try GitSandbox()
    let mine = "#!/bin/sh\necho mine\n"
    try sandbox.write(".git/hooks/pre-commit", mine)
    let installer = hooks(sandbox)
    #expect(try installer.install(executable: "/opt/hush", force: false).contains("pre-commit.local and runs first"))
    #expect(read(sandbox.path(".git/hooks/pre-commit.local")) == mine)
    // Reinstalling keeps the record of what to restore.
    _ = try installer.install(executable: "/opt/hush", force: false)
    _ = try installer.uninstall()
    #expect(read(sandbox.path(".git/hooks/pre-commit")) == mine)
    #expect(!FileManager.default.fileExists(atPath: sandbox.path(".git/hooks/pre-commit.local")))
}

@Test func aLocalHookMadeByTheUserIsNeverRenamed() throws {
    let sandbox = try GitSandbox()
    try sandbox.write(".git/hooks/pre-commit.local", "#!/bin/sh\n")
    let installer = hooks(sandbox)
    _ = try installer.install(executable: "/opt/hush", force: false)
    _ = try installer.uninstall()
    #expect(!FileManager.default.fileExists(atPath: sandbox.path(".git/hooks/pre-commit")))
    #expect(FileManager.default.fileExists(atPath: sandbox.path(".git/hooks/pre-commit.local")))
}

@Test func aConflictNeedsForceAndForceKeepsABackup() throws {
    let sandbox = try GitSandbox()
    try sandbox.write(".git/hooks/pre-commit", "#!/bin/sh\necho one\n")
    try sandbox.write(".git/hooks/pre-commit.local", "#!/bin/sh\necho two\n")
    let installer = hooks(sandbox)
    #expect { try installer.install(executable: "/opt/hush", force: false) } throws: { "\($0)".contains("--force") }
    #expect(try installer.install(executable: "/opt/hush", force: true).contains("pre-commit.hush-backup"))
    #expect(read(sandbox.path(".git/hooks/pre-commit.hush-backup")) == "#!/bin/sh\necho one\n")
    _ = try installer.uninstall()
    #expect(read(sandbox.path(".git/hooks/pre-commit")) == "#!/bin/sh\necho one\n")
    #expect(read(sandbox.path(".git/hooks/pre-commit.local")) == "#!/bin/sh\necho two\n")
}

@Test func uninstallLeavesAnotherToolsHookAlone() throws {
    let sandbox = try GitSandbox()
    try sandbox.write(".git/hooks/pre-commit", "#!/bin/sh\n")
    #expect(try hooks(sandbox).uninstall().contains("not hush's hook"))
    #expect(read(sandbox.path(".git/hooks/pre-commit")) == "#!/bin/sh\n")
}

@Test func guidanceQuotesPathsAndPointsAtArchivesAndHistory() {
    let text = CommitGuidance.blocked(
        findings: 3, paths: ["docs/a b.txt", "docs/a b.txt", "data/x.zip!inner/c.csv"], nameFindings: ["张三_110105.txt"],
        root: "/repo", current: "/repo/docs", baselineFile: nil)
    #expect(text.contains("hush redact 'a b.txt' --in-place && git add 'a b.txt'"))
    #expect(text.contains("git rm --cached ../data/x.zip"))
    #expect(text.contains("git mv '../张三_110105.txt' NEW-NAME"))
    #expect(text.contains("hush baseline && git add ../.hush-baseline.json"))
    #expect(text.contains("hush scan --git all"))
    #expect(CommitGuidance.shellQuote("it's") == "'it'\\''s'")
}
