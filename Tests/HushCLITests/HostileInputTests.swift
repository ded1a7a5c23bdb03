import Foundation
import HushTestSupport
import Testing

/// Inputs that try to break hush (issue 8), each run through the real binary: every one ends in exact findings or a
/// one-line diagnostic with the expected exit status, within a time and a peak-memory bound measured on the child
/// (`MeasuredProcess`). Small inputs are committed in `fixtures/hostile/` (its README says what each is); large ones are
/// generated here into a scratch folder. Bounds are loose enough for a debug build on a shared two-core machine; each
/// run prints what it measured.
@Suite struct HostileInputTests {
    /// Runs `hush arguments` in `directory`, checks that it neither crashed nor hung and stayed within the bounds.
    private func measured(
        _ label: String, _ arguments: [String], in directory: String = Repository.root.path, stdin: String = "/dev/null",
        seconds: Double = 30, mebibytes: Double = 256
    ) throws -> MeasuredProcess.Output {
        let output = try MeasuredProcess.run(arguments, in: directory, stdinPath: stdin, timeout: seconds * 2)
        print("hostile \(label): \(output)")
        #expect(output.signal == nil && !output.timedOut, "\(label): \(output)\n\(output.stderr)")
        #expect(output.seconds < seconds, "\(label) took \(output.seconds) s")
        #expect(output.peakMiB < mebibytes, "\(label) peaked at \(output.peakMiB) MiB")
        return output
    }

    /// `path start..<end rule` of each finding in a JSON-lines report.
    private func findings(_ jsonl: String) throws -> [String] {
        try jsonl.split(separator: "\n").compactMap { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard object?["kind"] as? String == "finding", let object else { return nil }
            return "\(object["path"]!) \(object["start"]!)..<\(object["end"]!) \(object["rule"]!)"
        }
    }

    // MARK: - Committed inputs

    @Test(arguments: [
        ("empty.txt", 0, "", [String]()),
        ("nul-laden.txt", 2, "hush: $F: binary file\nhush: nothing was scanned\n", []),
        ("invalid-utf8.txt", 1, "hush: $F: 9 invalid UTF-8 bytes (first at byte 82); the rest was scanned as UTF-8\n", ["$F 96..<107 cn-mobile"]),
        ("utf16le-lone-surrogates.txt", 1, "hush: $F: 2 undecodable utf-16le units (first at byte 8); the rest was scanned\n", ["$F 12..<34 cn-mobile"]),
        ("mixed-encodings.txt", 1, "", ["$F 7..<18 cn-mobile", "$F 24..<35 cn-mobile"]),
        ("truncated.csv.gz", 2, "hush: $F!truncated.csv: truncated gzip stream\nhush: nothing was scanned\n", []),
        (
            "traversal.zip", 1, "",
            ["$F!../../escape.txt 7..<18 cn-mobile", "$F!/tmp/hush-absolute.txt 7..<18 cn-mobile", "$F!ok/../../../up.txt 7..<18 cn-mobile",
             "$F!line\nbreak.txt 7..<18 cn-mobile", "$F!\u{1B}[2Jclear.txt 7..<18 cn-mobile"]
        ),
    ])
    func committedInput(name: String, status: Int32, stderr: String, expected: [String]) throws {
        let file = "fixtures/hostile/" + name
        let output = try measured(name, ["scan", file, "--format", "jsonl"], seconds: 10, mebibytes: 64)
        #expect(output.status == status, "\(output.stderr)")
        #expect(output.stderr == stderr.replacingOccurrences(of: "$F", with: file))
        #expect(try findings(output.stdout) == expected.map { $0.replacingOccurrences(of: "$F", with: file) })
    }

    @Test func anEncryptedArchiveListsItsMembersAsSkipped() throws {
        let file = "fixtures/archives/encrypted.zip"
        let output = try measured("encrypted.zip", ["scan", file, "--format", "jsonl"], seconds: 10, mebibytes: 64)
        #expect(output.stderr == "hush: \(file)!borrower.txt: encrypted archive member\n")
        #expect(output.status == 0)
        #expect(output.stdout.contains(#""path":"\#(file)!borrower.txt","reason":"encrypted archive member""#))
    }

    /// Archive member names and file names may hold a line break or a terminal escape: the text report and every
    /// diagnostic show them escaped, one line each, whatever the name.
    @Test func controlCharactersInNamesAreEscapedInReportsAndDiagnostics() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        try scratch.write("bin\nary\u{1B}[2J.png", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        let diagnosed = try HushProcess.run(["scan", "."], in: scratch.path)
        #expect(diagnosed.stderr == "hush: ./bin\\nary\\x1B[2J.png: binary file\nhush: nothing was scanned\n")
        let report = try HushProcess.run(["scan", "fixtures/hostile/traversal.zip"])
        #expect(report.stdout.contains("fixtures/hostile/traversal.zip!line\\nbreak.txt:1:4  phone  high  136****5678"))
        #expect(report.stdout.contains("fixtures/hostile/traversal.zip!\\x1B[2Jclear.txt:1:4  phone  high  135****5678"))
        #expect(!report.stdout.contains("\u{1B}"))
    }

    // MARK: - Generated inputs

    @Test func aFileThatIsOne200MBLine() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        let size = 200 << 20
        var line = [UInt8](repeating: UInt8(ascii: "a"), count: size)
        line.replaceSubrange(100_000_000..<100_000_011, with: Array("13812345678".utf8))
        line[99_999_999] = UInt8(ascii: " ")
        line[100_000_011] = UInt8(ascii: " ")
        try scratch.write("line.txt", line)
        line = []
        // Above 64 MiB a file streams through windows, so memory does not grow with the line (57 MiB measured).
        let output = try measured("200 MB line", ["scan", "line.txt", "--format", "jsonl"], in: scratch.path, seconds: 120, mebibytes: 128)
        #expect(output.status == 1)
        #expect(output.stderr == "")
        #expect(try findings(output.stdout) == ["line.txt 100000000..<100000011 cn-mobile"])
    }

    @Test func aCSVWith100000Columns() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        let header = (0..<99_999).map { "c\($0)," }.joined() + "手机\n"
        let row = String(repeating: "x,", count: 99_999) + "13812345678\n"
        try scratch.write("wide.csv", header + row)
        let start = header.utf8.count + 99_999 * 2
        let output = try measured("100,000 CSV columns", ["scan", "wide.csv", "--format", "jsonl"], in: scratch.path, seconds: 60, mebibytes: 256)
        #expect(output.status == 1)
        #expect(output.stderr == "")
        #expect(try findings(output.stdout) == ["wide.csv \(start)..<\(start + 11) cn-mobile"])
        #expect(output.stdout.contains(#""evidence":["validator:cn-mobile","field:手机"]"#))
    }

    @Test func jsonNested100000Deep() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        let depth = 100_000
        try scratch.write("deep.json", String(repeating: "[", count: depth) + #"{"mobile": "13912345678"}"# + String(repeating: "]", count: depth))
        let start = depth + 12
        let output = try measured("JSON nested 100,000 deep", ["scan", "deep.json", "--format", "jsonl"], in: scratch.path, seconds: 30, mebibytes: 256)
        #expect(output.status == 1)
        #expect(output.stderr == "")
        #expect(try findings(output.stdout) == ["deep.json \(start)..<\(start + 11) cn-mobile"])
        #expect(output.stdout.contains(#""field:mobile""#))
    }

    @Test func aVCardWithAnEndlessFoldedLine() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        let head = "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:start" + String(repeating: "\r\n x", count: 200_000) + "\r\nTEL:"
        try scratch.write("fold.vcf", head + "13712345678\r\nEND:VCARD\r\n")
        let start = head.utf8.count
        let output = try measured("vCard folded over 200,000 lines", ["scan", "fold.vcf", "--format", "jsonl"], in: scratch.path, seconds: 30, mebibytes: 256)
        #expect(output.status == 1)
        #expect(output.stderr == "")
        #expect(try findings(output.stdout) == ["fold.vcf \(start)..<\(start + 11) cn-mobile"])
    }

    /// 42.zip-style: 16 zips of 16 zips of 128 MiB of zeros, 32 GiB in all from 11 KB. Each innermost member is refused
    /// by its compression ratio without being inflated.
    @Test func aZipBomb() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        let script = """
            import io, zipfile
            def z(members):
                b = io.BytesIO()
                with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as a:
                    for n, d in members: a.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), d, compress_type=zipfile.ZIP_DEFLATED)
                return b.getvalue()
            l1 = z([("zeros.txt", bytes(128 << 20))])
            l2 = z([(f"l1-{i}.zip", l1) for i in range(16)])
            open("bomb.zip", "wb").write(z([(f"l2-{i}.zip", l2) for i in range(16)]))
            """
        #expect(try HushProcess.runShell("cd '\(scratch.path)' && python3 -c '\(script)'") == 0)
        let output = try measured("42.zip-style bomb", ["scan", "bomb.zip", "--format", "jsonl"], in: scratch.path, seconds: 30, mebibytes: 256)
        #expect(output.status == 2)
        let lines = output.stderr.split(separator: "\n")
        #expect(lines.count == 257)
        #expect(lines.first == "hush: bomb.zip!l2-0.zip!l1-0.zip!zeros.txt: limit exceeded: compression ratio 1028:1 (a zip bomb?)")
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("!zeros.txt: limit exceeded: compression ratio 1028:1 (a zip bomb?)") })
        #expect(lines.last == "hush: nothing was scanned")
    }

    @Test func symbolicLinkLoopsEnd() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        try scratch.write("tree/sub/x.txt", "手机 13812345678\n")
        for (link, target) in [("tree/a", "b"), ("tree/b", "a"), ("tree/self", "self"), ("tree/sub/up", "..")] {
            try FileManager.default.createSymbolicLink(atPath: scratch.path + "/" + link, withDestinationPath: target)
        }
        let followed = try measured("symbolic link loops", ["scan", "tree", "--follow", "--format", "jsonl"], in: scratch.path, seconds: 10, mebibytes: 64)
        #expect(followed.status == 1)
        #expect(followed.stderr == """
            hush: tree/a: symbolic link loop
            hush: tree/b: symbolic link loop
            hush: tree/self: symbolic link loop
            hush: tree/sub/up: symbolic link loop

            """)
        #expect(try findings(followed.stdout) == ["tree/sub/x.txt 7..<18 cn-mobile"])
        let named = try measured("a named symbolic link loop", ["scan", "tree/a"], in: scratch.path, seconds: 10, mebibytes: 64)
        #expect(named.status == 2)
        #expect(named.stderr == "hush: tree/a: too many levels of symbolic links\n")
    }

    /// A FIFO named on the command line is refused without being opened for reading, which would wait for a writer.
    @Test func aNamedFIFOIsRefusedNotRead() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        #expect(mkfifo(scratch.path + "/pipe", 0o600) == 0)
        let output = try measured("a named FIFO", ["scan", "pipe"], in: scratch.path, seconds: 10, mebibytes: 64)
        #expect(output.status == 2)
        #expect(output.stderr == "hush: pipe: not a regular file or directory (fifo)\n")
    }

    /// A file that a program keeps appending to is read as it was when hush opened it. Before, hush read until it
    /// caught up with the writer, which a writer faster than the reader never lets it do: 20 s and 1.5 GB in, it was
    /// still reading. The file starts with a NUL, so once read it is a binary file, skipped at once: the test measures
    /// the reading. The writer is one process (terminating it stops the writing), appends 300 MB/s, faster than a debug
    /// build reads a file that is being written, and stops at 3 GiB: reading to the end would take hush's memory to
    /// 3 GiB, reading what was there when it opened the file takes a few hundred MiB.
    @Test func aFileGrowingDuringTheScanIsReadAsItWasOpened() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        let free = (try FileManager.default.attributesOfFileSystem(forPath: scratch.path)[.systemFreeSize] as? NSNumber)?.int64Value ?? 0
        try #require(free > 8 << 30, "needs 8 GB free for a writer that outruns the scan")
        let log = try scratch.write("capture.bin", [0x00, 0x01, 0x02, 0x03])
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        writer.arguments = [
            "python3", "-c",
            """
            import sys, time
            block = bytes(range(256)) * 16384
            started = time.monotonic()
            with open(sys.argv[1], "ab", buffering=0) as f:
                for n in range(1, 3 * 256 + 1):
                    f.write(block)
                    time.sleep(max(0, n * len(block) / 300e6 - (time.monotonic() - started)))
            """,
            log,
        ]
        try writer.run()
        defer {
            writer.terminate()
            writer.waitUntilExit()
        }
        while ((try? FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0) < 64 << 20 { usleep(5_000) }
        let before = (try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        let output = try measured("a growing file", ["scan", "capture.bin"], in: scratch.path, seconds: 30, mebibytes: 1024)
        let after = (try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int) ?? 0
        print("hostile growing file: \(before >> 20) MiB when hush started, \(after >> 20) MiB when it ended")
        #expect(output.status == 2)
        #expect(output.stderr == "hush: capture.bin: binary file\nhush: nothing was scanned\n")
    }

    /// Files deleted while the walk is under way: each one is either scanned or a one-line diagnostic.
    @Test func filesDeletedDuringTheScan() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        let count = 3000
        for index in 0..<count { try scratch.write(String(format: "tree/f%04d.txt", index), "手机 1381234\(String(format: "%04d", index))\n") }
        let root = scratch.path
        let hush = try MeasuredProcess(["scan", "tree", "-q", "--threads", "1"], in: root, timeout: 60)
        for index in stride(from: count - 1, through: 0, by: -2) { unlink(root + String(format: "/tree/f%04d.txt", index)) }
        let output = try hush.wait()
        print("hostile deleted during the scan: \(output)")
        #expect(output.signal == nil && !output.timedOut)
        #expect(output.status == 1)
        let diagnostics = output.stderr.split(separator: "\n").filter { !$0.contains(" scanned (") }
        #expect(diagnostics.allSatisfy { $0.wholeMatch(of: /hush: tree\/f[0-9]{4}\.txt: no such file or directory/) != nil }, "\(diagnostics.prefix(5))")
    }

    /// A name that is not UTF-8 is shown with `\xNN` for its bad byte, in every format, and its file is still redacted.
    @Test func aFileNameThatIsNotUTF8() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        let name = Array("tree/bad".utf8) + [0xFF] + Array("名.txt".utf8)
        let raw = Array(scratch.path.utf8) + [UInt8(ascii: "/")] + name
        try FileManager.default.createDirectory(atPath: scratch.path + "/tree", withIntermediateDirectories: true)
        let descriptor = (raw + [0]).withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        try #require(descriptor >= 0, "cannot create a file named with byte 0xFF")
        _ = Array("手机 13812345678\n".utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        let text = try HushProcess.run(["scan", "tree"], in: scratch.path)
        #expect(text.stdout.hasPrefix("tree/bad\\xFF名.txt:1:4  phone  high  138****5678"))
        let json = try HushProcess.run(["scan", "tree", "--format", "json"], in: scratch.path)
        #expect(json.stdout.contains(#""path":"tree/bad\\xFF名.txt""#))
        let redacted = try HushProcess.run(["redact", "tree", "--in-place"], in: scratch.path)
        #expect(redacted.status == 0, "\(redacted.stderr)")
        let rescanned = try HushProcess.run(["scan", "tree"], in: scratch.path)
        #expect(rescanned.status == 0, "\(rescanned.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/tree").count == 1)
    }

    // MARK: - Pathological rules

    /// A user's catastrophic patterns on a 1 MB line: PCRE2's limits turn each into a diagnostic naming the rule, the
    /// file and the limit, a rule matching every byte stops after its free matches, and the built-in rules still report.
    @Test func pathologicalRulesEndInDiagnosticsAndTheOthersStillReport() throws {
        let scratch = try ScratchFolder(prefix: "hush-hostile")
        for (id, regex) in [("x-nested", #"(a+)+$"#), ("x-digits", #"(\d+)*x"#), ("x-any", #"[\s\S]"#)] {
            try scratch.write("rules/\(id).toml", "id = \"\(id)\"\nname = \"\(id)\"\ntype = \"secret\"\nregex = '''\(regex)'''\n")
        }
        try scratch.write("line.txt", String(repeating: "a", count: 1 << 20) + "b 手机 13812345678 " + String(repeating: "1", count: 1 << 20) + "\n")
        let output = try measured(
            "pathological rules on a 1 MB line", ["scan", "line.txt", "--rules", "rules", "--format", "jsonl"], in: scratch.path, seconds: 30,
            mebibytes: 128)
        #expect(output.status == 1)
        #expect(output.stderr == """
            hush: line.txt: rule x-any: matched 4097 times in its first 4097 bytes, more than once per 4 bytes (it matches almost anything); the rest of this file was not searched by it
            hush: line.txt: rule x-digits: match limit exceeded (the pattern backtracks too much); the rest of this file was not searched by it
            hush: line.txt: rule x-nested: match limit exceeded (the pattern backtracks too much); the rest of this file was not searched by it

            """)
        #expect(try findings(output.stdout).filter { !$0.hasSuffix("x-any") } == ["line.txt \((1 << 20) + 9)..<\((1 << 20) + 20) cn-mobile"])
    }
}
