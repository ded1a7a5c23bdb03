import Foundation
import HushTestSupport
import Testing

/// Redaction tests copy fixtures into a scratch folder first: `fixtures/` is never modified.
private typealias RedactScratch = ScratchFolder

extension ScratchFolder {
    fileprivate func copyFixtures(to name: String = "fx") throws -> String {
        let target = path + "/" + name
        try FileManager.default.copyItem(atPath: Repository.path("fixtures"), toPath: target)
        return target
    }
}

/// Runs `command` with `/bin/sh`, returning its status and standard output.
@discardableResult
private func shell(_ command: String) throws -> (status: Int32, stdout: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
}

private func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

private func mode(_ path: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
}

/// Every file under `folder`, relative to it.
private func files(under folder: String) -> [String] {
    (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []).filter { relative in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory) && !isDirectory.boolValue
    }.sorted()
}

/// Content findings of `hush scan PATH --format json --show-values`, outside archives.
private func scanFindings(_ path: String, arguments: [String] = [], environment: [String: String] = [:]) throws -> [[String: Any]] {
    let output = try HushProcess.run(["scan", path, "--format", "json", "--show-values"] + arguments, environment: environment)
    let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    let findings = object?["findings"] as? [[String: Any]] ?? []
    return findings.filter { ($0["part"] as? String ?? "content") == "content" && $0["container"] is NSNull }
}

/// The paths named by `path: … left unchanged` / `nothing written` / `not redacted` diagnostics (test paths hold no
/// ": ").
private func unredacted(_ stderr: String) -> Set<String> {
    var paths = Set<String>()
    for line in stderr.split(separator: "\n") where line.hasPrefix("hush: ") {
        let text = line.dropFirst(6)
        guard text.hasSuffix("left unchanged") || text.hasSuffix("nothing written") || text.hasSuffix("not redacted"),
            let colon = text.range(of: ": ")
        else { continue }
        paths.insert(String(text[..<colon.lowerBound]))
    }
    return paths
}

/// The original with each finding's span replaced by its `replacement`.
private func splice(_ original: [UInt8], _ findings: [[String: Any]]) -> [UInt8] {
    var out: [UInt8] = []
    var cursor = 0
    for finding in findings.sorted(by: { ($0["start"] as! Int) < ($1["start"] as! Int) }) {
        let start = finding["start"] as! Int
        let end = finding["end"] as! Int
        out += original[cursor..<start]
        out += Array((finding["replacement"] as! String).utf8)
        cursor = end
    }
    return out + original[cursor...]
}

/// Fields per record of RFC 4180 CSV.
private func csvFieldCounts(_ text: String) -> [Int] {
    var counts: [Int] = []
    var fields = 1
    var quoted = false
    var previous: Character = "\n"
    for character in text {
        if character == "\"" {
            quoted.toggle()
        } else if !quoted && character == "," {
            fields += 1
        } else if !quoted && (character == "\n" || character == "\r\n") {
            counts.append(fields)
            fields = 1
        }
        previous = character
    }
    if previous != "\n" && previous != "\r\n" { counts.append(fields) }
    return counts
}

private func iconv(_ path: String, from: String, to: String) throws -> [UInt8] {
    let result = try shell("iconv -f \(from) -t \(to) '\(path)'")
    #expect(result.status == 0, "iconv \(from) → \(to) of \(path)")
    return Array(result.stdout)
}

/// Writes about `size` bytes of a call log: one line in eight names a mobile number.
private func writeLog(to path: String, size: Int) throws {
    FileManager.default.createFile(atPath: path, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    var written = 0
    var line = 0
    while written < size {
        var block = ""
        for _ in 0..<4096 {
            line += 1
            let phone = 13_000_000_000 + (line * 7_919) % 1_000_000_000
            block +=
                line % 8 == 0
                ? "\(line) 客户 手机 \(phone) 已回访，约定下周再联系。\n"
                : "\(line) 备注 无号码的一行 version 1.2.\(line % 97) 今天天气不错 the quick brown fox\n"
        }
        let data = Data(block.utf8)
        try handle.write(contentsOf: data)
        written += data.count
    }
    try handle.close()
}

private func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// The fixtures that must always redact cleanly: plain text in every encoding, CSV, JSON, dotenv.
private let mustRedact = [
    "chat/wechat-export.txt", "chat/whatsapp-export.txt", "contacts/contacts.csv", "forms/form-dump.json", "config/.env",
    "notes/借款记录.md", "exports/contacts-gbk.csv", "exports/wechat-utf16le.txt", "exports/notes-utf16be.txt",
    "exports/telegram-result.json", "exports/qq-chat.txt",
]

@Suite struct RedactCommandTests {
    // MARK: - Fixtures

    @Test func fixturesAreRedactedInPlaceAndEveryOtherByteIsKept() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let folder = try scratch.copyFixtures()
        chmod(folder + "/contacts/contacts.csv", 0o640)
        let originals = try Dictionary(uniqueKeysWithValues: files(under: folder).map { ($0, try bytes(folder + "/" + $0)) })
        let before = Dictionary(grouping: try scanFindings(folder)) { ($0["path"] as! String).replacingOccurrences(of: folder + "/", with: "") }

        let run = try HushProcess.run(["redact", folder, "--in-place"])
        let failed = Set(unredacted(run.stderr).map { $0.replacingOccurrences(of: folder + "/", with: "") })
        #expect(run.status == (failed.isEmpty ? 0 : 1), "\(run.stderr)")
        for path in mustRedact {
            #expect(!failed.contains(path), "\(path) was not redacted: \(run.stderr)")
            #expect(try bytes(folder + "/" + path) != originals[path], "\(path) did not change")
        }

        for (path, original) in originals {
            let now = try bytes(folder + "/" + path)
            guard let findings = before[path], !failed.contains(path) else {
                #expect(now == original, "\(path) changed though it had no findings or could not be redacted")
                continue
            }
            let spansAsWritten = findings.allSatisfy { finding in
                let range = (finding["start"] as! Int)..<(finding["end"] as! Int)
                return finding["encoding"] as? String == "utf-8" && Array(original[range]) == Array((finding["value"] as! String).utf8)
            }
            if spansAsWritten {
                #expect(now == splice(original, findings), "\(path): the result is not the original with the scan's replacements")
            }
        }

        let after = try scanFindings(folder).filter { !failed.contains(($0["path"] as! String).replacingOccurrences(of: folder + "/", with: "")) }
        #expect(after.isEmpty, "findings left: \(after.map { "\($0["path"]!) \($0["rule"]!) \($0["value"]!)" })")
        #expect(try mode(folder + "/contacts/contacts.csv") == 0o640)

        let csv = try String(contentsOfFile: folder + "/contacts/contacts.csv", encoding: .utf8)
        #expect(csvFieldCounts(csv) == csvFieldCounts(String(decoding: originals["contacts/contacts.csv"]!, as: UTF8.self)))
        #expect(csv.contains("\r\n") && !csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let gbk = String(decoding: try iconv(folder + "/exports/contacts-gbk.csv", from: "GB18030", to: "UTF-8"), as: UTF8.self)
        let gbkBefore = try scratch.write("gbk-before.csv", originals["exports/contacts-gbk.csv"]!)
        #expect(csvFieldCounts(gbk) == csvFieldCounts(String(decoding: try iconv(gbkBefore, from: "GB18030", to: "UTF-8"), as: UTF8.self)))
        for json in ["forms/form-dump.json", "exports/telegram-result.json"] {
            #expect((try? JSONSerialization.jsonObject(with: Data(try bytes(folder + "/" + json)))) != nil, "\(json) no longer parses")
        }

        let redactedOnce = try Dictionary(uniqueKeysWithValues: files(under: folder).map { ($0, try bytes(folder + "/" + $0)) })
        let again = try HushProcess.run(["redact", folder, "--in-place"])
        #expect(again.status == run.status)
        #expect(again.stderr.contains("redacted 0 values"), "\(again.stderr)")
        for (path, once) in redactedOnce { #expect(try bytes(folder + "/" + path) == once, "\(path) changed on the second run") }
    }

    /// GB18030 and UTF-16 (either byte order, with and without BOM) copies made with iconv redact to exactly the
    /// re-encoded redaction of their UTF-8 original.
    @Test(arguments: [
        ("GB18030", false, "contacts/contacts.csv"), ("GB18030", false, "chat/wechat-export.txt"),
        ("UTF-16LE", true, "chat/wechat-export.txt"), ("UTF-16BE", true, "chat/wechat-export.txt"),
        ("UTF-16LE", false, "contacts/contacts.csv"), ("UTF-16BE", false, "contacts/contacts.csv"),
        ("UTF-16LE", true, "contacts/contacts.csv"), ("UTF-16BE", true, "contacts/contacts.csv"),
    ])
    func otherEncodingsRedactLikeTheirUTF8Original(encoding: String, bom: Bool, fixture: String) throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let text = (bom ? [0xEF, 0xBB, 0xBF] : []) + (try Repository.bytes("fixtures/" + fixture))
        let reference = try scratch.write("reference.txt", text)
        let copy = try scratch.write("copy.txt", try iconv(reference, from: "UTF-8", to: encoding))
        let original = try bytes(copy)
        #expect(try HushProcess.run(["redact", reference, "--in-place"]).status == 0)
        let run = try HushProcess.run(["redact", copy, "--in-place"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try iconv(copy, from: encoding, to: "UTF-8") == bytes(reference))
        #expect(try bytes(copy) != original)
        if bom { #expect(try bytes(copy).prefix(2) == (encoding == "UTF-16LE" ? [0xFF, 0xFE] : [0xFE, 0xFF])) }
    }

    @Test func big5StaysBig5() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let reference = try scratch.write("reference.txt", "聯絡人電話 13812345678\r\n身份證 11010519491231002X\r\n全形 １３８１２３４５６７８\r\n電郵 chen.xiaoming@example.com\r\n")
        let copy = try scratch.write("copy.txt", try iconv(reference, from: "UTF-8", to: "BIG5"))
        #expect(try HushProcess.run(["redact", reference, "--in-place"]).status == 0)
        let run = try HushProcess.run(["redact", copy, "--in-place", "--encoding", "big5"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try iconv(copy, from: "BIG5", to: "UTF-8") == bytes(reference))
        #expect(String(decoding: try bytes(reference), as: UTF8.self).contains("１３８＊＊＊＊５６７８"))
    }

    // MARK: - Options

    @Test func keepLeavesTheCollectorsNumberAndRedactsTheRest() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let chat = try scratch.write("chat.txt", try Repository.bytes("fixtures/chat/wechat-export.txt"))
        let run = try HushProcess.run(["redact", chat, "--in-place", "--keep", "+86 170-9123-1022"])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: chat, encoding: .utf8)
        #expect(text.contains("有事打我电话 17091231022"))
        #expect(!text.contains("15380026250"))
        #expect(text.contains("153****6250"))
        #expect(run.stderr.contains("kept 1"))
        let keepFile = try scratch.write("keep.txt", "# the collector\n１７０９１２３１０２２\n")
        let second = try scratch.write("chat2.txt", try Repository.bytes("fixtures/chat/wechat-export.txt"))
        #expect(try HushProcess.run(["redact", second, "--in-place", "--keep-file", keepFile]).status == 0)
        #expect(try bytes(second) == bytes(chat))
    }

    @Test func dryRunPrintsAUnifiedDiffAndChangesNothing() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let file = try scratch.write("a.txt", "第一行\n手机 13812345678\n第三行\n")
        let before = try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date
        let run = try HushProcess.run(["redact", file, "--dry-run", "--show-values"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            --- \(file)
            +++ \(file)
            @@ -1,3 +1,3 @@
             第一行
            -手机 13812345678
            +手机 138****5678
             第三行

            """)
        #expect(run.stderr.contains("would redact 1 value in 1 of 1 file"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "第一行\n手机 13812345678\n第三行\n")
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date == before)
        if try shell("command -v patch").status == 0 {
            try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: scratch.path + "/a.diff"))
            #expect(try shell("cd '\(scratch.path)' && patch -s -p0 '\(file)' < a.diff").status == 0)
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "第一行\n手机 138****5678\n第三行\n")
        }
    }

    /// Issue 8: the diff is read in terminals, tickets and CI logs, so without `--show-values` its `-` lines show the
    /// value masked, as reports do. Such a diff is for review: `patch` refuses it and the file stays as it was.
    @Test func dryRunMasksTheValuesItReplacesUnlessAsked() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let file = try scratch.write("a.txt", "第一行\n手机 13812345678\n第三行\n")
        let run = try HushProcess.run(["redact", file, "--dry-run"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == """
            --- \(file)
            +++ \(file)
            @@ -1,3 +1,3 @@
             第一行
            -手机 138****5678
            +手机 138****5678
             第三行

            """)
        if try shell("command -v patch").status == 0 {
            try Data(run.stdout.utf8).write(to: URL(fileURLWithPath: scratch.path + "/a.diff"))
            #expect(try shell("cd '\(scratch.path)' && patch -s -f -p0 --no-backup-if-mismatch -r - '\(file)' < a.diff >/dev/null 2>&1").status != 0)
            #expect(try String(contentsOfFile: file, encoding: .utf8) == "第一行\n手机 13812345678\n第三行\n")
        }
        let help = try HushProcess.run(["redact", "--help"]).stdout
        #expect(help.contains("for review and cannot be applied with patch"))
        #expect(help.contains("--show-values"))
    }

    /// Every fixture, in every encoding hush redacts (UTF-16LE/BE, GB18030, CRLF, folded vCards): the masked diff is the
    /// diff with values line for line, except on `-` lines, and no `-` line holds a value. (A folder without
    /// `--in-place` is a dry run of every file in it.)
    @Test func dryRunDiffsOfEveryFixtureHideValuesAndKeepTheirShape() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let values = Set(try scanFindings(try scratch.copyFixtures()).compactMap { $0["value"] as? String }).filter { $0.count >= 6 }
        #expect(values.count > 100)
        let masked = try HushProcess.run(["redact", "fx", "--dry-run"], in: scratch.path)
        let shown = try HushProcess.run(["redact", "fx", "--dry-run", "--show-values"], in: scratch.path)
        #expect(masked.status == 0, "\(masked.stderr)")
        #expect(masked.stderr.contains("would redact 2"), "\(masked.stderr)")
        #expect(masked.stderr == shown.stderr)
        // Split on scalars: as Characters, CR LF is one and would not split at "\n".
        let maskedLines = masked.stdout.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let shownLines = shown.stdout.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(maskedLines.count == shownLines.count)
        var differing = 0
        for (line, withValues) in zip(maskedLines, shownLines) where line != withValues {
            differing += 1
            #expect(line.hasPrefix("-") && withValues.hasPrefix("-") && !line.hasPrefix("---"), "\(line)")
        }
        #expect(differing > 100)
        for line in maskedLines where line.hasPrefix("-") && !line.hasPrefix("---") {
            for value in values where line.contains(value) {
                Issue.record("a - line shows \(value): \(line)")
            }
        }
        #expect(values.contains { shown.stdout.contains($0) })
    }

    @Test func outputFileGetsTheRedactionAndTheOriginalStays() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let file = try scratch.write("a.txt", "手机 13812345678\n")
        chmod(file, 0o640)
        let out = scratch.path + "/out/a.txt"
        try FileManager.default.createDirectory(atPath: scratch.path + "/out", withIntermediateDirectories: true)
        let run = try HushProcess.run(["redact", file, "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "手机 138****5678\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "手机 13812345678\n")
        #expect(try mode(out) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/out") == ["a.txt"])
    }

    @Test func standardInputGoesToStandardOutput() throws {
        let run = try HushProcess.run(["redact", "-"], stdin: Data("身份证 11010519491231002X\r\n手机 13812345678".utf8))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "身份证 110105********002X\r\n手机 138****5678")
        let quiet = try HushProcess.run(["redact", "-", "-q"], stdin: Data("no data\n".utf8))
        #expect(quiet.stdout == "no data\n")
        #expect(quiet.stderr.isEmpty)
    }

    @Test func usageErrorsExitTwo() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let file = try scratch.write("a.txt", "手机 13812345678\n")
        let cases: [[String]] = [
            ["redact", file], ["redact"], ["redact", "-", "--in-place"], ["redact", file, file, "-o", scratch.path + "/o"],
            ["redact", file, "--backup", ".orig", "--dry-run"], ["redact", file, "--in-place", "-o", scratch.path + "/o"],
            ["redact", file, "--in-place", "--types", "phone,shoe_size"], ["redact", "-", file],
            ["redact", file, "--in-place", "--show-values"],
        ]
        for arguments in cases {
            let run = try HushProcess.run(arguments)
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
        }
        let noKey = try HushProcess.run(["redact", file, "--in-place", "--strategy", "hash"])
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("needs a key"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "手机 13812345678\n")
        let missing = try HushProcess.run(["redact", scratch.path + "/missing.txt", "--in-place"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such file or directory"))
    }

    // MARK: - Strategies

    @Test func hashPseudonymsAreKeyedAndJoinAcrossFiles() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let a = try scratch.write("a.txt", "手机 138 1234 5678\n")
        let b = try scratch.write("b.csv", "姓名,电话\n王芳,+86 13812345678\n")
        let key = try scratch.write("key", "correct horse battery staple\n")
        let run = try HushProcess.run(["redact", a, "--in-place", "--strategy", "hash", "--key-file", key])
        #expect(run.status == 0, "\(run.stderr)")
        let token = String(try String(contentsOfFile: a, encoding: .utf8).dropFirst(3).dropLast())
        #expect(token.range(of: #"^PHONE_[0-9a-f]{8}$"#, options: .regularExpression) != nil, "\(token)")
        let viaEnvironment = try HushProcess.run(
            ["redact", b, "--in-place", "--strategy", "hash"], environment: ["HUSH_KEY": "correct horse battery staple"])
        #expect(viaEnvironment.status == 0, "\(viaEnvironment.stderr)")
        let csv = try String(contentsOfFile: b, encoding: .utf8)
        #expect(csv.contains(",\(token)\n"))
        #expect(csv.contains("NAME_"))
        let again = try HushProcess.run(["redact", scratch.path, "--in-place", "--strategy", "hash"], environment: ["HUSH_KEY": "another key"])
        #expect(again.stderr.contains("redacted 0 values"), "pseudonyms are placeholders: \(again.stderr)")
    }

    @Test func aRuleThatHashesReportsTheTokenItWrites() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let rule = try scratch.write("x-member.toml", """
            id = "x-member"
            name = "Member number"
            type = "social_account"
            regex = '''会员号[:：]?\\s*(?<value>M[0-9]{8})(?![0-9])'''
            group = "value"
            confidence = "high"
            redact = { strategy = "hash" }

            """)
        let file = try scratch.write("a.txt", "会员号：M12345678\n")
        let environment = ["HUSH_KEY": "k"]
        let reported = try scanFindings(file, arguments: ["--rules", rule], environment: environment)
        let replacement = try #require(reported.first?["replacement"] as? String)
        #expect(replacement.hasPrefix("SOCIAL_ACCOUNT_"))
        #expect(try HushProcess.run(["redact", file, "--in-place", "--rules", rule]).status == 2)
        let run = try HushProcess.run(["redact", file, "--in-place", "--rules", rule], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "会员号：\(replacement)\n")
    }

    @Test func labelsKeepCSVColumnsAndJSONValid() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let folder = try scratch.copyFixtures()
        let csv = folder + "/contacts/contacts.csv"
        let json = folder + "/forms/form-dump.json"
        let before = csvFieldCounts(try String(contentsOfFile: csv, encoding: .utf8))
        let run = try HushProcess.run(["redact", csv, json, "--in-place", "--strategy", "label"])
        #expect(run.status == 0, "\(run.stderr)")
        let after = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(after.contains("[PHONE]") && after.contains("[NATIONAL_ID]"))
        #expect(csvFieldCounts(after) == before)
        #expect((try? JSONSerialization.jsonObject(with: Data(try bytes(json)))) != nil)
        #expect(try String(contentsOfFile: json, encoding: .utf8).contains(#""mobile": "[PHONE]""#))
    }

    // MARK: - Safety

    @Test func backupKeepsTheOriginalPrivately() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let file = try scratch.write("a.txt", "手机 13812345678\n")
        chmod(file, 0o644)
        let run = try HushProcess.run(["redact", file, "--in-place", "--backup", ".orig"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOfFile: file + ".orig", encoding: .utf8) == "手机 13812345678\n")
        #expect(try mode(file + ".orig") == 0o600)
        #expect(try mode(file) == 0o644)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "手机 138****5678\n")
    }

    @Test func symbolicLinksAreNotRewritten() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let outside = try scratch.write("outside/secret.txt", "手机 13812345678\n")
        try scratch.write("tree/own.txt", "手机 13912345678\n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/tree/link.txt", withDestinationPath: outside)
        let walked = try HushProcess.run(["redact", scratch.path + "/tree", "--in-place"])
        #expect(walked.status == 0, "\(walked.stderr)")
        #expect(walked.stderr.contains("tree/link.txt: symbolic link not followed"))
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "手机 13812345678\n")
        #expect(try String(contentsOfFile: scratch.path + "/tree/own.txt", encoding: .utf8) == "手机 139****5678\n")
        let named = try HushProcess.run(["redact", scratch.path + "/tree/link.txt", "--in-place"])
        #expect(named.status == 2)
        #expect(named.stderr.contains("symbolic link; not rewritten"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path + "/tree/link.txt") == outside)
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "手机 13812345678\n")
    }

    @Test func hardLinkedFilesAreRefused() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let file = try scratch.write("a.txt", "手机 13812345678\n")
        try FileManager.default.linkItem(atPath: file, toPath: scratch.path + "/b.txt")
        let run = try HushProcess.run(["redact", file, "--in-place"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("has 2 hard links"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "手机 13812345678\n")
    }

    @Test func temporaryFilesAreNeverRedactedAndStaleOnesAreRemoved() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        try scratch.write("tree/.hush-tmp-1234", "手机 13812345678\n")
        try scratch.write("tree/a.txt", "手机 13912345678\n")
        let run = try HushProcess.run(["redact", scratch.path + "/tree", "--in-place"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("removed 1 temporary file left by an interrupted run"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/tree") == ["a.txt"])
        #expect(run.stderr.contains("redacted 1 value in 1 of 1 file"))
    }

    /// Root ignores permission bits, so read-only cases run as `nobody` through `setpriv` (util-linux), with a copy of the
    /// binary that `nobody` can reach.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func readOnlyFilesAndFoldersAsAnUnprivilegedUser() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let binary = scratch.path + "/bin/hush"
        try FileManager.default.createDirectory(atPath: scratch.path + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: HushProcess.executable, toPath: binary)
        let tree = scratch.path + "/tree"
        let readOnly = try scratch.write("tree/read-only.txt", "手机 13812345678\n")
        let writable = try scratch.write("tree/writable.txt", "手机 13912345678\n")
        let inLocked = try scratch.write("tree/locked/inside.txt", "手机 13712345678\n")
        try scratch.write("tree/clean.txt", "nothing to redact\n")
        chmod(tree, 0o777)
        chmod(readOnly, 0o444)
        chmod(writable, 0o666)
        chmod(inLocked, 0o666)
        chmod(tree + "/locked", 0o755)
        let asNobody = ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        let run = try HushProcess.run(["redact", tree, "--in-place"], in: scratch.path, executable: binary, prefix: asNobody)
        #expect(run.status == 1)
        #expect(run.stderr.contains("hush: \(readOnly): read-only; not redacted"), "\(run.stderr)")
        #expect(run.stderr.contains("hush: \(inLocked): cannot create a temporary file beside it: permission denied; file left unchanged"), "\(run.stderr)")
        #expect(try String(contentsOfFile: readOnly, encoding: .utf8) == "手机 13812345678\n")
        #expect(try String(contentsOfFile: inLocked, encoding: .utf8) == "手机 13712345678\n")
        #expect(try String(contentsOfFile: writable, encoding: .utf8) == "手机 139****5678\n")
        #expect(try mode(writable) == 0o666)
        #expect(try mode(readOnly) == 0o444)
        #expect(try files(under: tree) == ["clean.txt", "locked/inside.txt", "read-only.txt", "writable.txt"])
    }

    // MARK: - Crashes

    /// Kills `hush redact --in-place` with SIGKILL at moments spread over a large redaction: each time the file is
    /// either the original or the complete result, byte for byte, and nothing that could pass for data is left beside
    /// it. The file is sized so that one run takes about three seconds with the binary under test (about 200 MB for a
    /// release build, 8 MB for a debug one), so the test stays well under half a minute; small windows
    /// (`--region-size`) make even a small file a long stream of regions written one by one.
    @Test func aKilledRedactionLeavesTheOriginalOrTheWholeResult() throws {
        let scratch = try RedactScratch(prefix: "hush-redact")
        let sample = scratch.path + "/sample.txt"
        try writeLog(to: sample, size: 4 << 20)
        let clock = ContinuousClock()
        let sampleTime = clock.measure { _ = try? HushProcess.run(["redact", sample, "-o", sample + ".out", "-q"]) }
        let rate = Double(4 << 20) / max(seconds(sampleTime), 0.01)
        let size = min(max(Int(rate * 2) >> 20, 6), 200) << 20
        let free = (try FileManager.default.attributesOfFileSystem(forPath: scratch.path)[.systemFreeSize] as? NSNumber)?.int64Value ?? 0
        try #require(free > Int64(size) * 4 + (1 << 30), "not enough free space for the kill test")

        let original = scratch.path + "/original.txt"
        try writeLog(to: original, size: size)
        let originalBytes = try Data(contentsOf: URL(fileURLWithPath: original))
        let expected = scratch.path + "/expected.txt"
        #expect(try HushProcess.run(["redact", original, "-o", expected, "-q"]).status == 0)
        let expectedBytes = try Data(contentsOf: URL(fileURLWithPath: expected))
        #expect(expectedBytes.count == originalBytes.count)
        #expect(expectedBytes != originalBytes)

        let folder = scratch.path + "/work"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let target = folder + "/big.txt"
        try FileManager.default.copyItem(atPath: original, toPath: target)
        let full = seconds(clock.measure { _ = try? HushProcess.run(["redact", target, "--in-place", "-q", "--region-size", "256K"]) })
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == expectedBytes, "small windows redact as one whole")
        var outcomes: [String] = []
        for moment in [0.15, 0.4, 0.6, 0.75, 0.9, 1.05, 1.25, 1.5] {
            let at = max(0.01, (moment + Double.random(in: -0.04...0.04)) * full)
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: original, toPath: target)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: HushProcess.executable)
            process.arguments = ["redact", target, "--in-place", "-q", "--region-size", "256K"]
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: at)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Data(contentsOf: URL(fileURLWithPath: target))
            let state = now == originalBytes ? "original" : now == expectedBytes ? "result" : "corrupt"
            outcomes.append("\(String(format: "%.2f", at))s:\(state)")
            #expect(state != "corrupt", "after a kill at \(at) s the file is neither the original nor the result")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name != "big.txt" {
                #expect(name.hasPrefix(".hush-tmp-"), "a stray file \(name) was left")
                #expect(try mode(folder + "/" + name) == 0o600)
            }
        }
        let finish = try HushProcess.run(["redact", target, "--in-place"])
        #expect(finish.status == 0, "\(finish.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == expectedBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["big.txt"])
        print("kill test: \(size >> 20) MB, one run \(String(format: "%.2f", full)) s; \(outcomes.joined(separator: ", "))")
    }
}
