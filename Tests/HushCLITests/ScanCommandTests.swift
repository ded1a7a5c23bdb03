import Foundation
import HushTestSupport
import Testing

private typealias Scratch = ScratchFolder

extension HushProcess {
    @discardableResult
    static func runShell(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Test func exitIsOneWithFindingsAndZeroWithout() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    try scratch.write("clean.txt", "nothing to see, version 1.2.3\n")
    try scratch.write("leak.txt", "手机：13812345678\n")
    #expect(try HushProcess.run(["scan", scratch.path + "/clean.txt"]).status == 0)
    let found = try HushProcess.run(["scan", scratch.path])
    #expect(found.status == 1)
    #expect(found.stdout.contains("leak.txt:1:4  phone  high  138****5678 → 138****5678  [cn-mobile]"))
    #expect(!found.stdout.contains("13812345678"))
    #expect(try HushProcess.run(["scan", scratch.path, "--show-values"]).stdout.contains("13812345678 → 138****5678"))
    #expect(try HushProcess.run(["scan", scratch.path, "--min-confidence", "high", "--fail-on", "high"]).status == 1)
}

@Test func pathsAreShownAsReachedFromTheArguments() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    try scratch.write("sub/leak.txt", "13812345678\n")
    let relative = try HushProcess.run(["scan", "--format", "json"], in: scratch.path)
    #expect(relative.stdout.contains(#""path":"sub/leak.txt""#))
    let dotted = try HushProcess.run(["scan", ".", "--format", "json"], in: scratch.path)
    #expect(dotted.stdout.contains(#""path":"./sub/leak.txt""#))
}

@Test func standardInputIsScanned() throws {
    let output = try HushProcess.run(["scan", "-", "--format", "json"], stdin: Data("邮箱 x 身份证 11010519491231002X".utf8))
    #expect(output.status == 1)
    #expect(output.stdout.contains(#""path":"<stdin>""#))
    #expect(output.stdout.contains(#""start":19,"end":37"#))
}

@Test func missingPathIsExitTwoWithOneLine() throws {
    let output = try HushProcess.run(["scan", "/nonexistent/hush"])
    #expect(output.status == 2)
    #expect(output.stderr == "hush: /nonexistent/hush: no such file or directory\n")
}

@Test func findingsWinOverAFailedPath() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    let leak = try scratch.write("leak.txt", "13812345678\n")
    #expect(try HushProcess.run(["scan", leak, "/nonexistent/hush"]).status == 1)
}

@Test func badRuleFileIsExitTwoNamingFileLineAndRule() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    let rule = try scratch.write(
        "x-bad.toml", "id = \"x-bad\"\nname = \"Bad\"\ntype = \"phone\"\nregex = '''([0-9]'''\n")
    let output = try HushProcess.run(["scan", "--rules", rule, scratch.path])
    #expect(output.status == 2)
    #expect(output.stderr == "hush: \(rule):4: x-bad: regex error at offset 6: missing closing parenthesis\n")
}

@Test func usageErrorsExitTwo() throws {
    #expect(try HushProcess.run(["scan", "--min-confidence", "extreme"]).status == 2)
    #expect(try HushProcess.run(["scan", "--types", "phone,shoe-size"]).status == 2)
}

@Test func binaryAndFIFOAreSkippedWithOneLineEach() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    try scratch.write("image.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00] + Array("13812345678".utf8))
    try scratch.write("ok.txt", "fine\n")
    #expect(mkfifo(scratch.path + "/pipe", 0o600) == 0)
    let output = try HushProcess.run(["scan", scratch.path, "--format", "json"])
    #expect(output.status == 0)
    #expect(output.stderr == """
        hush: \(scratch.path)/image.png: binary file
        hush: \(scratch.path)/pipe: not a regular file (fifo)

        """)
    #expect(output.stdout.contains(#""skipped":[{"path":"\#(scratch.path)/image.png","reason":"binary file"}"#))
}

@Test func invalidUTF8AndALongLineAreScanned() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    try scratch.write("mixed.txt", [0xFF, 0x20, 0x20] + Array("电话 13812345678".utf8) + [0xC3, 0x28, 0x0A])
    var long = [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
    long.replaceSubrange(25_000_000..<25_000_011, with: Array("13812345678".utf8))
    long[24_999_999] = UInt8(ascii: " ")
    long[25_000_011] = UInt8(ascii: " ")
    try scratch.write("long.txt", long)
    let output = try HushProcess.run(["scan", scratch.path, "--format", "json"])
    #expect(output.status == 1)
    #expect(output.stdout.contains(#""start":10,"end":21"#))
    #expect(output.stdout.contains(#""start":25000000,"end":25000011"#))
    #expect(output.stderr == "hush: \(scratch.path)/mixed.txt: 2 invalid UTF-8 bytes (first at byte 0); the rest was scanned as UTF-8\n")
}

@Test func nothingScannedIsExitTwo() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    let output = try HushProcess.run(["scan", scratch.path])
    #expect(output.status == 2)
    #expect(output.stderr == "hush: nothing was scanned\n")
}

@Test func reportFileIsPrivate() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    try scratch.write("leak.txt", "13812345678\n")
    let report = scratch.path + "/report.json"
    _ = try HushProcess.run(["scan", scratch.path + "/leak.txt", "--format", "json", "-o", report])
    let attributes = try FileManager.default.attributesOfItem(atPath: report)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
}

/// Root ignores permission bits, so unreadable files are tested as `nobody` through `setpriv` (util-linux).
@Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
func unreadableFilesAsAnUnprivilegedUser() throws {
    let scratch = try Scratch(prefix: "hush-cli")
    let binary = scratch.path + "/bin/hush"
    try FileManager.default.createDirectory(atPath: scratch.path + "/bin", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: HushProcess.executable, toPath: binary)
    let tree = scratch.path + "/tree"
    try scratch.write("tree/ok.txt", "13812345678\n")
    let secret = try scratch.write("tree/secret.txt", "13912345678\n")
    try scratch.write("tree/locked/inner.txt", "13712345678\n")
    chmod(secret, 0o000)
    chmod(tree + "/locked", 0o000)
    let asNobody = ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    let walked = try HushProcess.run(["scan", tree, "--format", "json"], in: scratch.path, executable: binary, prefix: asNobody)
    #expect(walked.status == 1)
    #expect(walked.stderr == "hush: \(tree)/locked: permission denied\nhush: \(tree)/secret.txt: permission denied\n")
    let named = try HushProcess.run(["scan", secret], in: scratch.path, executable: binary, prefix: asNobody)
    #expect(named.status == 2)
    #expect(named.stderr == "hush: \(secret): permission denied\n")
}
