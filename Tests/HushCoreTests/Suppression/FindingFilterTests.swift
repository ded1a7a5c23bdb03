import Foundation
import HushCore
import HushTestSupport
import Testing

@Test func pathsBecomeRepositoryRelativeFromAnyFolder() {
    let paths = RepositoryPaths(root: "/work/repo", base: "/work/repo/sub")
    #expect(paths.relative("a.txt") == "sub/a.txt")
    #expect(paths.relative("./a.txt") == "sub/a.txt")
    #expect(paths.relative("../top.txt") == "top.txt")
    #expect(paths.relative("/work/repo/x/y.txt") == "x/y.txt")
    #expect(paths.relative("/elsewhere/z.txt") == "/elsewhere/z.txt")
    #expect(paths.relative("../data.zip!inner/a.csv") == "data.zip!inner/a.csv")
    #expect(RepositoryPaths(root: "/work/repo", base: "/work/repo").relative("./a.txt") == "a.txt")
}

@Test func repositoryRootIsFoundByItsGitFolder() throws {
    let sandbox = try GitSandbox()
    try FileManager.default.createDirectory(atPath: sandbox.path("a/b"), withIntermediateDirectories: true)
    #expect(RepositoryPaths.repositoryRoot(containing: sandbox.path("a/b")) == sandbox.root)
}

/// A walk of the same repository from its root and from a subfolder gives the same fingerprints.
@Test func fingerprintsDoNotDependOnTheCurrentFolder() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("sub/a.txt", "手机 13812345678\n")
    let rules = try RuleSet.builtin().rules
    func fingerprint(base: String, path: String) -> String? {
        var request = ScanRequest(paths: [path], threads: 1)
        request.filter = FindingFilter(paths: RepositoryPaths(root: sandbox.root, base: base), fingerprinter: Fingerprinter(key: nil))
        let reporter = CollectingReporter()
        _ = ScanRunner(scanner: Scanner(rules: rules)).run(request, reporter: reporter) { _ in }
        return reporter.findings.first?.fingerprint
    }
    let fromRoot = fingerprint(base: sandbox.root, path: sandbox.path("sub/a.txt"))
    #expect(fromRoot != nil)
    #expect(fromRoot == Fingerprinter(key: nil).fingerprint(path: "sub/a.txt", rule: "cn-mobile", normalizedValue: "13812345678", masked: "138****5678"))
    #expect(fingerprint(base: sandbox.path("sub"), path: sandbox.path("sub/../sub/a.txt")) == fromRoot)
}
