import HushCore
import HushTestSupport
import Testing

private let rules = Result { try RuleSet.builtin() }

private func kept(_ files: [(String, String)], allow: AllowlistSpec = AllowlistSpec(), perRule: [String: AllowlistSpec] = [:]) throws -> [String] {
    let runner = ScanRunner(scanner: Scanner(rules: try rules.get().rules))
    let reporter = CollectingReporter()
    var request = ScanRequest(threads: 1)
    request.filter = FindingFilter(allowlist: try Allowlist(global: allow, perRule: perRule))
    let entries = files.map { path, text in
        SourceEntry.document(SourceDocument(path: path, scansName: false) { _ in .success(Array(text.utf8)) })
    }
    _ = runner.run(sources: entries, request: request, reporter: reporter) { _ in }
    return reporter.findings.map { "\($0.path) \($0.rule)" }
}

private let sample = [
    ("fixtures/deep/a.txt", "手机 13812345678\n"), ("src/b.txt", "手机 138 0013 8000 邮箱 test.user@company.cn\n"),
    ("data.csv", "手机,13912345678\n"),
]

@Test func nothingAllowedKeepsEverything() throws {
    #expect(try kept(sample).count == 4)
}

@Test func pathGlobsAndFolders() throws {
    #expect(try kept(sample, allow: AllowlistSpec(paths: ["fixtures/"])).count == 3)
    #expect(try kept(sample, allow: AllowlistSpec(paths: ["*.csv", "src/**"])) == ["fixtures/deep/a.txt cn-mobile"])
}

@Test func valuesMatchAsWrittenOrNormalised() throws {
    #expect(!(try kept(sample, allow: AllowlistSpec(values: ["+86 13800138000"]))).contains("src/b.txt cn-mobile"))
    #expect(!(try kept(sample, allow: AllowlistSpec(values: ["test.user@company.cn"]))).contains("src/b.txt email"))
}

@Test func regexesAreSearchedInTheValue() throws {
    #expect(try kept(sample, allow: AllowlistSpec(regexes: ["^1[38]"])) == ["src/b.txt email"])
    #expect(try kept(sample, allow: AllowlistSpec(regexes: ["company\\.cn"])).count == 3)
}

@Test func perRuleAllowlistsTouchOnlyTheirRule() throws {
    let result = try kept(sample, perRule: ["email": AllowlistSpec(paths: ["src/**"]), "cn-landline": AllowlistSpec(paths: ["**"])])
    #expect(result == ["fixtures/deep/a.txt cn-mobile", "src/b.txt cn-mobile", "data.csv cn-mobile"])
}

@Test func badEntriesAreRejected() {
    #expect(throws: Allowlist.Problem.self) { try Allowlist(global: AllowlistSpec(regexes: ["(unclosed"]), perRule: [:]) }
}
