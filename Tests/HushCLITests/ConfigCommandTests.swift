import Foundation
import HushTestSupport
import Testing

@Test func theConfigurationChangesWhatIsReportedAndShowsItself() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("rules/internal-id.toml", """
        id = "internal-id"
        name = "Internal staff number"
        type = "business_id"
        regex = '''STAFF-[0-9]{6}'''
        confidence = "high"

        """)
    try sandbox.write(".hush.toml", """
        fail_on = "high"
        rule_paths = ["rules"]

        [allow]
        paths = ["fixtures/**"]

        [rules.email]
        enabled = false

        """)
    try sandbox.write("fixtures/sample.txt", "手机 13812345678\n")
    try sandbox.write("src/a.txt", "邮箱 zhang.wei@qq.com STAFF-123456\n")
    try sandbox.write("src/deep/.keep", "")
    let output = try hush(["scan", "--format", "jsonl"], in: sandbox, folder: "src/deep")
    #expect(output.status == 0)
    #expect(try hush(["scan", "-q"], in: sandbox).status == 1)
    let scanned = try hush(["scan"], in: sandbox)
    #expect(scanned.stdout.contains("[internal-id]") && !scanned.stdout.contains("[email]") && !scanned.stdout.contains("fixtures/"))

    let shown = try hush(["config", "show"], in: sandbox, folder: "src")
    #expect(shown.status == 0)
    #expect(shown.stdout.contains("# file: ../.hush.toml") || shown.stdout.contains("# file: \(sandbox.path(".hush.toml"))"))
    #expect(shown.stdout.contains("min_confidence = \"medium\"\nfail_on = \"high\"\n"))
    #expect(shown.stdout.contains("[rules.email]\nenabled = false\n"))
    #expect(shown.stdout.contains("; off: email"))
}

@Test func configurationErrorsAreExitTwoWithFileAndLine() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "x\n")
    try sandbox.write("custom.toml", "[rules.no-such-rule]\nenabled = false\n")
    let output = try hush(["scan", "--config", "custom.toml"], in: sandbox)
    #expect(output.status == 2)
    #expect(output.stderr == "hush: custom.toml:1: no rule with id 'no-such-rule' (see `hush rules list`)\n")
    let missing = try hush(["config", "show", "--config", "nope.toml"], in: sandbox)
    #expect(missing.status == 2 && missing.stderr == "hush: nope.toml: no such file\n")
    try sandbox.write(".hush.toml", "[allow]\nregexes = ['(']\n")
    let regex = try hush(["config", "show"], in: sandbox)
    #expect(regex.status == 2 && regex.stderr.hasPrefix("hush: .hush.toml:2: allow.regexes: '('"))
}
