import Foundation
import HushTestSupport
import Testing

/// What hush promises about the data it handles: it never talks to the network, and it writes only where it was asked
/// to, even when an archive names members `../../escape.txt` or `/tmp/…`. (Values never shown without `--show-values`:
/// `ReportFormatTests.noReportRevealsAValueUnlessAsked`; reports, backups and temporary files 0600: `ReportFormatTests`,
/// `RedactCommandTests`, `AtomicFileReplacerTests`.)
@Suite struct SecurityTests {
    /// Everything below `folder`: path → (kind, size, modification time), to see that nothing changed.
    private func snapshot(_ folder: String) -> [String: String] {
        var entries: [String: String] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: folder) ?? FileManager.DirectoryEnumerator() {
            var info = stat()
            guard lstat(folder + "/" + relative, &info) == 0 else { continue }
            entries[relative] = "\(info.st_mode) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)"
        }
        return entries
    }

    /// The binary imports no socket or name-lookup function, links no networking library, and a scan of every fixture
    /// (archives and Office files included) followed by a redaction makes no network system call, as `strace` sees it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "strace is not installed (.ci/run installs it)"))
    func hushNeverUsesTheNetwork() throws {
        let imports = try HushProcess.shellOutput("nm -D --undefined-only '\(HushProcess.executable)'")
        let networking = ["socket", "connect", "bind", "listen", "accept", "sendto", "recvfrom", "getaddrinfo", "gethostbyname", "curl_easy_init"]
        let symbols = Set(imports.split(separator: "\n").compactMap { $0.split(separator: " ").last.map { String($0.split(separator: "@").first ?? "") } })
        #expect(symbols.count > 50, "nm listed too little to mean anything")
        #expect(symbols.intersection(networking).isEmpty)
        let libraries = try HushProcess.shellOutput("ldd '\(HushProcess.executable)'")
        #expect(!libraries.contains("FoundationNetworking") && !libraries.contains("libcurl"), "\(libraries)")

        let scratch = try ScratchFolder(prefix: "hush-network")
        try FileManager.default.copyItem(atPath: Repository.path("fixtures"), toPath: scratch.path + "/fx")
        let trace = scratch.path + "/trace.txt"
        let calls = "socket,connect,bind,sendto,sendmsg,sendmmsg"
        let hush = HushProcess.executable
        let status = try HushProcess.runShell("""
            cd '\(scratch.path)' && strace -f -qq -e trace=\(calls) -o trace.txt '\(hush)' scan fx --format sarif > /dev/null 2>&1; \
            strace -f -qq -e trace=\(calls) -o trace2.txt '\(hush)' redact fx --in-place > /dev/null 2>&1; \
            cat trace2.txt >> trace.txt; test -s fx/contacts/contacts.csv
            """)
        #expect(status == 0)
        let traced = try String(contentsOfFile: trace, encoding: .utf8)
        #expect(traced.isEmpty, "network system calls: \(traced.prefix(2000))")
        #expect(try String(contentsOfFile: scratch.path + "/fx/contacts/contacts.csv", encoding: .utf8).contains("****"), "the redaction ran")
    }

    /// A scan with `-o` and a redaction in place, run from another folder with HOME and TMPDIR pointed at folders of
    /// their own: the only things that change are the report and the files under the root. The tree holds an archive
    /// whose members are named `../../escape.txt`, `/tmp/hush-absolute.txt` and `ok/../../../up.txt`: hush never
    /// extracts, so no such file appears anywhere, and the archive itself is left alone.
    @Test func nothingIsWrittenOutsideTheGivenRoots() throws {
        let scratch = try ScratchFolder(prefix: "hush-roots")
        let root = scratch.path + "/project/tree"
        try scratch.write("project/tree/a/contacts.txt", "手机 13812345678\n")
        try scratch.write("project/tree/b/notes.txt", "身份证 11010519491231002X\n")
        try FileManager.default.copyItem(atPath: Repository.path("fixtures/hostile/traversal.zip"), toPath: root + "/traversal.zip")
        try scratch.write("project/sibling.txt", "手机 13912345678\n")
        try scratch.write("project/tree-notes.txt", "手机 13712345678\n")
        for folder in ["cwd", "home", "tmp", "reports"] {
            try FileManager.default.createDirectory(atPath: scratch.path + "/" + folder, withIntermediateDirectories: true)
        }
        let environment = ["HOME": scratch.path + "/home", "TMPDIR": scratch.path + "/tmp"]
        let before = snapshot(scratch.path)
        let archive = try Data(contentsOf: URL(fileURLWithPath: root + "/traversal.zip"))

        let report = scratch.path + "/reports/report.json"
        let scan = try HushProcess.run(["scan", root, "--format", "json", "-o", report], in: scratch.path + "/cwd", environment: environment)
        #expect(scan.status == 1, "\(scan.stderr)")
        let redact = try HushProcess.run(["redact", root, "--in-place", "--backup", ".orig"], in: scratch.path + "/cwd", environment: environment)
        #expect(redact.status == 0, "\(redact.stderr)")
        #expect(redact.stderr.contains("tree/traversal.zip: zip archive: its members are not redacted"))

        let after = snapshot(scratch.path)
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed == [
            "project/tree/a", "project/tree/a/contacts.txt", "project/tree/a/contacts.txt.orig", "project/tree/b", "project/tree/b/notes.txt",
            "project/tree/b/notes.txt.orig", "reports", "reports/report.json",
        ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/traversal.zip")) == archive)
        for escaped in ["/tmp/hush-absolute.txt", scratch.path + "/project/escape.txt", scratch.path + "/escape.txt", scratch.path + "/up.txt"] {
            #expect(!FileManager.default.fileExists(atPath: escaped), "\(escaped) was written")
        }
    }
}
