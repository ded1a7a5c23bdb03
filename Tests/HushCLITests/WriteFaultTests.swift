import Foundation
import HushTestSupport
import Testing

/// Writing fails: the disk fills up, a folder is read-only. Whatever hush was writing — a redacted file in place, a
/// copy with `-o`, a backup, a report — the original stays byte for byte, nothing half-written or temporary is left,
/// and one line says what failed and why. (A kill in the middle is `RedactCommandTests.aKilledRedaction…`.)
@Suite struct WriteFaultTests {
    private func listing(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    /// A 1 MiB tmpfs holding a 700 KB call log: the redacted copy cannot fit beside it. Needs root and a kernel that
    /// lets it mount tmpfs (so CI, which runs as root); elsewhere the test says why it did not run.
    @Test(.enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func aFullDiskLeavesTheOriginalWholeAndSaysWhy() throws {
        let scratch = try ScratchFolder(prefix: "hush-full")
        let disk = scratch.path + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        guard try HushProcess.runShell("mount -t tmpfs -o size=1m hush-test '\(disk)' 2>/dev/null") == 0 else {
            print("aFullDiskLeavesTheOriginalWholeAndSaysWhy: skipped, mount -t tmpfs is not permitted here")
            return
        }
        defer { _ = try? HushProcess.runShell("umount '\(disk)'") }
        var log = ""
        var line = 0
        while log.utf8.count < 700_000 {
            log += "\(line) 客户 手机 1381234\(String(format: "%04d", line % 10_000)) 已回访\n"
            line += 1
        }
        let original = Array(log.utf8)
        try Data(original).write(to: URL(fileURLWithPath: disk + "/log.txt"))
        let diskFull = "cannot write the temporary file: no space left on device; file left unchanged"

        for arguments in [["--in-place"], ["--in-place", "--backup", ".orig"], ["-o", "out.txt"]] {
            let run = try HushProcess.run(["redact", "log.txt"] + arguments, in: disk)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr == "hush: log.txt: \(diskFull)\nhush: redacted 0 values in 0 of 1 file; not redacted: log.txt\n", "\(arguments)")
            #expect(Array(try Data(contentsOf: URL(fileURLWithPath: disk + "/log.txt"))) == original, "\(arguments)")
            #expect(try listing(disk) == ["log.txt"], "\(arguments)")
        }

        // A report that does not fit: said so, and no truncated report is left to pass for a whole one.
        try Data(count: 300_000).write(to: URL(fileURLWithPath: disk + "/other.bin"))
        let report = try HushProcess.run(["scan", "log.txt", "--format", "json", "-o", "report.json"], in: disk)
        #expect(report.status == 1)
        #expect(report.stderr == "hush: report.json: cannot write the report: no space left on device\n")
        #expect(try listing(disk) == ["log.txt", "other.bin"])
    }

    /// Standard output that cannot take the report (`/dev/full`) is an error too, not a silent success.
    @Test func aReportThatCannotBeWrittenToStandardOutputIsAnError() throws {
        let scratch = try ScratchFolder(prefix: "hush-full")
        try scratch.write("clean.txt", "nothing here\n")
        try scratch.write("leak.txt", "手机 13812345678\n")
        let hush = HushProcess.executable
        for (file, status) in [("clean.txt", 2), ("leak.txt", 1)] {
            let code = try HushProcess.runShell("cd '\(scratch.path)' && '\(hush)' scan \(file) --format json > /dev/full 2> err.txt")
            #expect(code == status, "\(file)")
            #expect(try String(contentsOfFile: scratch.path + "/err.txt", encoding: .utf8) == "hush: standard output: cannot write the report: no space left on device\n")
        }
    }

    /// A dry run's diff is its whole output: one that cannot be written is an error, not "would redact 1 value" and
    /// exit 0. A clean file has no diff to lose, so it still exits 0.
    @Test func aDiffThatCannotBeWrittenIsAnError() throws {
        let scratch = try ScratchFolder(prefix: "hush-full")
        try scratch.write("clean.txt", "nothing here\n")
        try scratch.write("leak.txt", "手机 13812345678\n")
        let hush = HushProcess.executable
        for (arguments, status, stderr) in [
            ("leak.txt --dry-run", 2, "hush: standard output: cannot write the diff: no space left on device\n"),
            ("leak.txt --dry-run --show-values -q", 2, "hush: standard output: cannot write the diff: no space left on device\n"),
            ("clean.txt --dry-run -q", 0, ""),
        ] {
            let code = try HushProcess.runShell("cd '\(scratch.path)' && '\(hush)' redact \(arguments) > /dev/full 2> err.txt")
            #expect(code == Int32(status), "\(arguments)")
            let said = try String(contentsOfFile: scratch.path + "/err.txt", encoding: .utf8)
            #expect(said.hasPrefix(stderr), "\(arguments): \(said)")
            #expect(!said.contains("13812345678"))
        }
        #expect(try String(contentsOfFile: scratch.path + "/leak.txt", encoding: .utf8) == "手机 13812345678\n")
    }

    /// Commands that print a listing or a confirmation: `print` dropped the failed write and hush exited 0 with
    /// nothing shown. `rules test` keeps 1 for failing examples, which says more than the lost output.
    @Test(arguments: [
        (["rules", "list"], "the rule list"), (["rules", "show", "cn-mobile"], "the pattern file"),
        (["rules", "test"], "the results"), (["config", "show"], "the configuration"),
    ])
    func aListingThatCannotBeWrittenIsAnError(arguments: [String], what: String) throws {
        let scratch = try ScratchFolder(prefix: "hush-full")
        let command = arguments.joined(separator: " ")
        let code = try HushProcess.runShell("cd '\(scratch.path)' && '\(HushProcess.executable)' \(command) > /dev/full 2> err.txt")
        #expect(code == 2)
        #expect(try String(contentsOfFile: scratch.path + "/err.txt", encoding: .utf8) == "hush: standard output: cannot write \(what): no space left on device\n")
        #expect(try HushProcess.runShell("cd '\(scratch.path)' && '\(HushProcess.executable)' \(command) > /dev/null 2> err.txt") == 0)
    }

    @Test func failingExamplesStillExitOneWhenTheirReportIsLost() throws {
        let scratch = try ScratchFolder(prefix: "hush-full")
        try scratch.write("rules/order-number.toml", """
            id = "order-number"
            name = "Order number"
            type = "phone"
            regex = '''(?<![0-9])20[0-9]{14}(?![0-9])'''

            [[examples]]
            text = "订单号 «12345»"

            """)
        let code = try HushProcess.runShell("cd '\(scratch.path)' && '\(HushProcess.executable)' rules test rules/order-number.toml > /dev/full 2> err.txt")
        #expect(code == 1)
        #expect(try String(contentsOfFile: scratch.path + "/err.txt", encoding: .utf8) == "hush: standard output: cannot write the results: no space left on device\n")
    }

    /// The hook and the baseline are written; only the line saying so is lost, and that is said, with exit 2.
    @Test func aConfirmationThatCannotBeWrittenIsAnError() throws {
        let sandbox = try GitSandbox()
        let scratch = try ScratchFolder(prefix: "hush-full")
        try sandbox.write("a.txt", "手机 13812345678\n")
        let environment = GitSandbox.environment.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        for (command, written) in [("hook install", ".git/hooks/pre-commit"), ("baseline", ".hush-baseline.json"), ("hook uninstall", nil)] {
            let code = try HushProcess.runShell(
                "cd '\(sandbox.root)' && env \(environment) '\(HushProcess.executable)' \(command) > /dev/full 2> '\(scratch.path)/err.txt'")
            #expect(code == 2, "\(command)")
            #expect(
                try String(contentsOfFile: scratch.path + "/err.txt", encoding: .utf8)
                    == "hush: standard output: cannot write the confirmation: no space left on device\n", "\(command)")
            if let written { #expect(FileManager.default.fileExists(atPath: sandbox.path(written)), "\(command)") }
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.path(".git/hooks/pre-commit")))
    }

    /// Root ignores permission bits, so this runs as `nobody` through `setpriv` (util-linux), with a copy of the binary
    /// that `nobody` can reach. Writing in place into a read-only folder is `RedactCommandTests`; here the output goes
    /// into one.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anOutputInAReadOnlyFolderAsAnUnprivilegedUser() throws {
        let scratch = try ScratchFolder(prefix: "hush-readonly")
        let binary = scratch.path + "/bin/hush"
        try FileManager.default.createDirectory(atPath: scratch.path + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: HushProcess.executable, toPath: binary)
        let file = try scratch.write("a.txt", "手机 13812345678\n")
        try FileManager.default.createDirectory(atPath: scratch.path + "/locked", withIntermediateDirectories: true)
        chmod(file, 0o644)
        chmod(scratch.path + "/locked", 0o755)
        let asNobody = ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        let redacted = try HushProcess.run(["redact", "a.txt", "-o", "locked/out.txt"], in: scratch.path, executable: binary, prefix: asNobody)
        #expect(redacted.status == 1)
        #expect(redacted.stderr == """
            hush: a.txt: cannot create a temporary file beside locked/out.txt: permission denied; file left unchanged
            hush: redacted 0 values in 0 of 1 file; not redacted: a.txt

            """)
        let scanned = try HushProcess.run(["scan", "a.txt", "-o", "locked/report.json"], in: scratch.path, executable: binary, prefix: asNobody)
        #expect(scanned.status == 2)
        #expect(scanned.stderr == "hush: locked/report.json: permission denied\n")
        #expect(try listing(scratch.path + "/locked") == [])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "手机 13812345678\n")
    }
}
