import Foundation
import HushCore
import HushTestSupport
import Testing

@Test func discoveryNamesTheProblemInOneLine() throws {
    let plain = NSTemporaryDirectory() + "hush-not-git-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: plain, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: plain) }
    #expect(throws: GitError.notARepository(plain)) { try GitRepository.discover(from: plain) }

    let bare = try GitSandbox(bare: true)
    let repository = try GitRepository.discover(from: bare.root)
    #expect(repository.isBare)
    #expect(throws: GitError.bareRepository(repository.gitDirectory)) { try repository.workTree() }
    #expect("\(GitError.bareRepository("/r.git"))".contains("--git all"))

    let sandbox = try GitSandbox()
    #expect(throws: GitError.outsideWorkTree(sandbox.path(".git"))) { try GitRepository.discover(from: sandbox.path(".git")) }
    try FileManager.default.createDirectory(atPath: sandbox.path("sub/dir"), withIntermediateDirectories: true)
    #expect(try GitRepository.discover(from: sandbox.path("sub/dir")).root == sandbox.root)
}

@Test func hooksFolderFollowsCoreHooksPath() throws {
    let sandbox = try GitSandbox()
    #expect(try GitRepository.discover(from: sandbox.root).hooksDirectory() == sandbox.path(".git/hooks"))
    try sandbox.git("config", "core.hooksPath", ".githooks")
    #expect(try GitRepository.discover(from: sandbox.root).hooksDirectory() == sandbox.path(".githooks"))
}
