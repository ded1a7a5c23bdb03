import Foundation
import HushTestSupport
import Testing

@Test func aBaselineAcceptsTodaysFindingsWhereverHushRuns() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("sub/contacts.txt", "手机 13812345678\n")
    try sandbox.write("top.txt", "邮箱 zhang.wei@qq.com\n")
    let written = try hush(["baseline"], in: sandbox, folder: "sub")
    #expect(written.status == 0)
    #expect(written.stdout == "hush: ../.hush-baseline.json: 2 findings in 2 files accepted\n")
    let before = try sandbox.read(".hush-baseline.json")
    #expect(before.contains(#""path": "sub/contacts.txt""#) && !before.contains("1381234"))

    #expect(try hush(["scan"], in: sandbox).status == 0)
    #expect(try hush(["scan", "."], in: sandbox, folder: "sub").status == 0)
    #expect(try hush(["scan", "contacts.txt"], in: sandbox, folder: "sub").status == 0)
    #expect(try hush(["scan", "--no-baseline", "-q"], in: sandbox).status == 1)

    // Moving the line changes nothing; a second copy is new; the file is untouched when nothing changed.
    try sandbox.write("sub/contacts.txt", "联系人\n\n手机 13812345678\n")
    #expect(try hush(["scan"], in: sandbox).status == 0)
    #expect(try hush(["baseline"], in: sandbox).stdout.hasSuffix("accepted (unchanged)\n"))
    #expect(try sandbox.read(".hush-baseline.json") == before)
    try sandbox.write("sub/contacts.txt", "手机 13812345678\n备用 13812345678\n")
    let again = try hush(["scan"], in: sandbox)
    #expect(again.status == 1 && again.stdout.contains("sub/contacts.txt:2:"))

    // The hook honours it too.
    try sandbox.git("add", ".")
    let staged = try hush(["scan", "--staged", "-q"], in: sandbox)
    #expect(staged.status == 1 && staged.stdout.contains("1 finding"))
}

@Test func aBaselineMadeWithATeamKeyNeedsTheKey() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("a.txt", "手机 13812345678\n")
    #expect(try hush(["baseline"], in: sandbox, environment: ["HUSH_KEY": "team-secret"]).status == 0)
    #expect(try sandbox.read(".hush-baseline.json").contains(#""keyed": true"#))
    #expect(try hush(["scan"], in: sandbox, environment: ["HUSH_KEY": "team-secret"]).status == 0)
    let without = try hush(["scan"], in: sandbox)
    #expect(without.status == 2 && without.stderr.contains("written with a team key: set HUSH_KEY"))
}

@Test func aBaselineListingAFileNamedAfterAnIDDoesNotFindItself() throws {
    let sandbox = try GitSandbox()
    try sandbox.write("scans/张三_身份证_11010519491231002X.txt", "scan\n")
    #expect(try hush(["baseline"], in: sandbox).stdout.contains("1 finding in 1 file accepted"))
    #expect(try hush(["scan", "-q"], in: sandbox).status == 0)
    #expect(try hush(["baseline"], in: sandbox).stdout.hasSuffix("(unchanged)\n"))
}
