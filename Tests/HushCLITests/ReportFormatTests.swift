import Foundation
import HushTestSupport
import Testing

/// The report formats as users and machines meet them: schemas, what each format must contain, what none may reveal.
private let sample = "Tests/HushCLITests/Inputs/report-sample"
private let formats = ["text", "json", "jsonl", "sarif", "html", "csv"]

/// A scratch folder for the tests that need odd file names, removed when the test ends.
private typealias ReportScratch = ScratchFolder

private func jsonObject(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
}

/// The findings of `--format json` for `arguments`, as parsed objects.
private func jsonFindings(_ arguments: [String]) throws -> [[String: Any]] {
    let report = try jsonObject(try HushProcess.run(arguments + ["--format", "json"]).stdout)
    return try #require(report["findings"] as? [[String: Any]])
}

/// One JSON value as a canonical string (sorted keys), for comparing objects.
private func canonical(_ value: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
}

@Test func sarifValidatesAgainstTheOfficialSchema() throws {
    for extra in [[], ["--show-values"]] {
        let output = try HushProcess.run(["scan", "fixtures", sample, "--format", "sarif"] + extra)
        #expect(output.status == 1)
        let problems = try JSONSchemaValidator.problems(output.stdout, schema: "Tests/HushCLITests/Schemas/sarif-schema-2.1.0.json")
        #expect(problems == nil, "\(problems ?? "")")
    }
}

@Test func sarifDescribesEveryRuleAndLocatesEachResultByBytesAndColumns() throws {
    let log = try jsonObject(try HushProcess.run(["scan", sample, "--format", "sarif"]).stdout)
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    #expect(log["version"] as? String == "2.1.0")
    #expect(run["columnKind"] as? String == "unicodeCodePoints")
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    let ruleCount = try HushProcess.run(["rules", "list"]).stdout.split(separator: "\n").count
    #expect(rules.count == ruleCount)
    for rule in rules {
        let name = rule["name"] as? String ?? ""
        let help = (rule["help"] as? [String: Any])?["text"] as? String ?? ""
        #expect(!name.isEmpty && !help.isEmpty, "\(rule["id"] ?? "")")
    }
    let results = try #require(run["results"] as? [[String: Any]])
    let findings = try jsonFindings(["scan", sample])
    #expect(results.count == findings.count)
    for (result, finding) in zip(results, findings) {
        let index = try #require(result["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == finding["rule"] as? String)
        #expect((result["partialFingerprints"] as? [String: String])?["hushFingerprint/v1"] == finding["fingerprint"] as? String)
        let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        guard finding["part"] as? String == "content" else {
            #expect(location["region"] == nil)
            continue
        }
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["byteOffset"] as? Int == finding["start"] as? Int)
        #expect(region["byteLength"] as? Int == (finding["end"] as! Int) - (finding["start"] as! Int))
        #expect(region["startLine"] as? Int == finding["line"] as? Int)
        #expect(region["startColumn"] as? Int == finding["column"] as? Int)
        let snippet = ((location["contextRegion"] as? [String: Any])?["snippet"] as? [String: Any])?["text"] as? String
        #expect(snippet?.contains(finding["masked"] as! String) == true)
    }
}

@Test func sarifFingerprintsStayWhenLinesMove() throws {
    let scratch = try ReportScratch(prefix: "hush-report")
    let file = try scratch.write("chat.txt", "手机 13812345678\n")
    func fingerprints() throws -> [String] {
        let log = try jsonObject(try HushProcess.run(["scan", file, "--format", "sarif"]).stdout)
        let results = ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        return results.compactMap { ($0["partialFingerprints"] as? [String: String])?["hushFingerprint/v1"] }
    }
    let before = try fingerprints()
    try scratch.write("chat.txt", "新的一行\n又一行\n手机 13812345678\n")
    #expect(before.count == 1)
    #expect(try fingerprints() == before)
}

@Test func jsonMatchesItsPublishedSchema() throws {
    for extra in [[], ["--show-values"]] {
        let output = try HushProcess.run(["scan", "fixtures", sample, "--format", "json"] + extra)
        let problems = try JSONSchemaValidator.problems(output.stdout, schema: "schemas/hush-report.schema.json")
        #expect(problems == nil, "\(problems ?? "")")
    }
}

@Test func jsonLinesAreSelfContainedAndMatchTheirSchema() throws {
    let arguments = ["scan", "fixtures", sample]
    let output = try HushProcess.run(arguments + ["--format", "jsonl"])
    let problems = try JSONSchemaValidator.problems(output.stdout, schema: "schemas/hush-report-line.schema.json", lines: true)
    #expect(problems == nil, "\(problems ?? "")")
    let lines = try output.stdout.split(separator: "\n").map { try jsonObject(String($0)) }
    #expect(lines.last?["kind"] as? String == "summary")
    #expect(lines.allSatisfy { $0["version"] as? Int == 1 })
    let report = try jsonObject(try HushProcess.run(arguments + ["--format", "json"]).stdout)
    func stripped(_ kind: String) throws -> [String] {
        try lines.filter { $0["kind"] as? String == kind }.map { line in
            var object = line
            object["kind"] = nil
            object["version"] = nil
            return try canonical(object)
        }.sorted()
    }
    let findings = try #require(report["findings"] as? [[String: Any]])
    #expect(try stripped("finding") == findings.map(canonical).sorted())
    let skipped = try #require(report["skipped"] as? [[String: Any]])
    #expect(try stripped("skipped") == skipped.map(canonical).sorted())
    var summary = try #require(report["summary"] as? [String: Any])
    var lineSummary = try stripped("summary")
    summary["elapsed_ms"] = 0
    lineSummary = try lineSummary.map { text in
        var object = try jsonObject(text)
        object["elapsed_ms"] = 0
        return try canonical(object)
    }
    #expect(lineSummary == [try canonical(summary)])
}

/// Fields of RFC 4180 text: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.
private func parseCSV(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" {
                    field.unicodeScalars.append("\"")
                    scalars.removeFirst()
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" && field.isEmpty {
            quoted = true
        } else if scalar == "," {
            record.append(field)
            field = ""
        } else if scalar == "\r" && scalars.first == "\n" {
            scalars.removeFirst()
            record.append(field)
            records.append(record)
            record = []
            field = ""
        } else {
            field.unicodeScalars.append(scalar)
        }
    }
    return records
}

@Test func csvHasTheJSONKeysAsColumnsQuotedPerRFC4180() throws {
    for extra in [[], ["--show-values"]] {
        let arguments = ["scan", "fixtures", sample] + extra
        let csv = try HushProcess.run(arguments + ["--format", "csv"]).stdout
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(csv.contains("\"\(sample)/notes, draft & 'b'.txt\""))
        let records = parseCSV(csv)
        var keys = [
            "rule", "type", "confidence", "score", "evidence", "path", "container", "part", "encoding", "bom", "line",
            "column", "start", "end", "masked", "replacement", "fingerprint",
        ]
        if !extra.isEmpty { keys.insert("value", at: 14) }
        #expect(records.first == keys)
        let findings = try jsonFindings(arguments)
        #expect(records.count == findings.count + 1)
        for (row, finding) in zip(records.dropFirst(), findings) {
            #expect(row.count == keys.count)
            for (key, field) in zip(keys, row) {
                let expected: String =
                    switch finding[key] {
                    case let list as [String]: list.joined(separator: ";")
                    case is NSNull, nil: ""
                    case let number as NSNumber where key == "bom": number.boolValue ? "true" : "false"
                    case let value?: "\(value)"
                    }
                #expect(field == expected, "\(key) of \(finding["path"] ?? "")")
            }
        }
    }
}

@Test(arguments: formats)
func noReportRevealsAValueUnlessAsked(format: String) throws {
    let arguments = ["scan", "fixtures", sample]
    let findings = try jsonFindings(arguments + ["--show-values"])
    let paths = findings.compactMap { $0["path"] as? String }
    let values = Set(findings.compactMap { $0["value"] as? String }).filter { value in
        value.count >= 6 && !paths.contains { $0.contains(value) }
    }
    #expect(values.count > 20)
    // The report and every diagnostic beside it (skipped files, undecodable bytes, archive members).
    let run = try HushProcess.run(arguments + ["--format", format])
    let masked = run.stdout + run.stderr
    #expect(!run.stderr.isEmpty, "the sample should make hush say something on stderr too")
    for value in values.sorted() {
        #expect(!masked.contains(value), "\(format) shows \(value) without --show-values")
    }
    let shown = try HushProcess.run(arguments + ["--format", format, "--show-values"]).stdout
    #expect(values.contains { shown.contains($0) })
}

@Test(arguments: formats)
func everyReportFileIsPrivate(format: String) throws {
    let scratch = try ReportScratch(prefix: "hush-report")
    let report = scratch.path + "/report." + format
    FileManager.default.createFile(atPath: report, contents: Data("old".utf8), attributes: [.posixPermissions: 0o644])
    let output = try HushProcess.run(["scan", sample, "--format", format, "-o", report])
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    let attributes = try FileManager.default.attributesOfItem(atPath: report)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(((attributes[.size] as? Int) ?? 0) > 0)
}

@Test func htmlIsSelfContained() throws {
    let html = try HushProcess.run(["scan", "fixtures", sample, "--format", "html"]).stdout
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("default-src 'none'"))
    // Scanned text may hold URLs (it is shown, escaped); markup may not fetch anything.
    let external = try Regex(#"(?i)(\b(src|srcset|action|poster|background)\s*=|<link\b|<iframe\b|<object\b|<embed\b|@import|url\(|\bhref\s*=\s*"(?!#))"#)
    #expect(html.firstMatch(of: external) == nil)
}

@Test func htmlShowsTotalsChartSnippetsSkippedFilesAndAFilter() throws {
    let html = try HushProcess.run(["scan", sample, "--format", "html", "--lang", "en"]).stdout
    #expect(html.contains("<svg class=\"chart\""))
    #expect(html.contains("<input type=\"checkbox\" value=\"phone\" checked>"))
    #expect(html.contains("<tr data-type=\"national_id\">"))
    #expect(html.contains("<a href=\"#file-1\">\(sample)/chat.txt</a>"))
    #expect(html.contains("你妈 <mark>156 **** 8491</mark>，你爸 +** ***-****-****，要不要我现在就打过去？"))
    #expect(html.contains("Contact &lt;b&gt;Emma&lt;/b&gt; at <mark>e**********@example.com</mark> &amp; &quot;ops&quot;"))
    #expect(html.contains("<td class=\"path\">\(sample)/photo.png</td><td>binary file</td>"))
    #expect(html.contains("notes, draft &amp; &#39;b&#39;.txt"))
    #expect(html.contains("<li><span class=\"path\">\(sample)/contacts.csv</span> — 3 people</li>"))
}

@Test func htmlEscapesFileNamesAndContents() throws {
    let scratch = try ReportScratch(prefix: "hush-report")
    try scratch.write("<img src=x onerror=alert(1)>.txt", "<script>alert(1)</script> 手机 13812345678 \u{202E}evil\n")
    let html = try HushProcess.run(["scan", scratch.path, "--format", "html"]).stdout
    #expect(!html.contains("<img src=x"))
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("\u{202E}"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;.txt"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; 手机 <mark>138****5678</mark>"))
}

@Test func htmlLabelsFollowTheLangOptionThenTheLocale() throws {
    func page(_ arguments: [String], _ environment: [String: String]) throws -> String {
        let cleared = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""].merging(environment) { $1 }
        return try HushProcess.run(["scan", sample, "--format", "html"] + arguments, environment: cleared).stdout
    }
    let chinese = try page(["--lang", "zh"], [:])
    #expect(chinese.contains("<html lang=\"zh-CN\">"))
    #expect(chinese.contains("电话号码") && chinese.contains("概览") && chinese.contains("未扫描的文件"))
    #expect(try page([], ["LANG": "zh_CN.UTF-8"]).contains("<html lang=\"zh-CN\">"))
    #expect(try page([], ["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]).contains("<html lang=\"zh-CN\">"))
    #expect(try page([], ["LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"]).contains("<html lang=\"en\">"))
    #expect(try page(["--lang", "en"], ["LANG": "zh_CN.UTF-8"]).contains("Phone number"))
    #expect(try page([], [:]).contains("<html lang=\"en\">"))
}

@Test func quietPrintsOnlyTheSummaryLine() throws {
    let output = try HushProcess.run(["scan", sample, "--quiet"])
    #expect(output.status == 1)
    let summary = try Regex(
        #"^hush: [0-9]+ findings \((phone|national_id|name|email|password) [0-9]+(, [a-z_]+ [0-9]+)*\), [0-9]+ distinct values, 4 files scanned \([0-9]+ B\), 1 skipped, 1 address book \(3 contacts\), [0-9]+ ms\n$"#)
    #expect(output.stdout.wholeMatch(of: summary) != nil, "\(output.stdout)")
}

@Test func noProgressWhenStderrIsNotATerminal() throws {
    let output = try HushProcess.run(["scan", "fixtures", "--format", "json"])
    #expect(output.status == 1)
    #expect(!output.stderr.contains("\r"))
    #expect(!output.stderr.contains("MB/s"))
}

/// Runs hush on a pseudo-terminal (`script` from util-linux) over a file big enough that progress is drawn, with the
/// report going to a file: what reaches the terminal is progress only, drawn with `\r` and erased at the end.
@Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
func progressIsDrawnOnATerminalAndErasedAtTheEnd() throws {
    let scratch = try ReportScratch(prefix: "hush-report")
    let line = "lorem ipsum dolor sit amet, order 2024-05-16 total 1234.56\n"
    try scratch.write("a-big.txt", String(repeating: line, count: 30_000_000 / line.utf8.count))
    for index in 0..<20 { try scratch.write("b-\(index).txt", "手机 13812345678\n") }
    let elsewhere = try ReportScratch(prefix: "hush-report")
    let report = elsewhere.path + "/report.json"
    let command = "'\(HushProcess.executable)' scan '\(scratch.path)' --format json -o '\(report)' --threads 1"
    let output = try HushProcess.run(["-q", "-e", "-c", command, "/dev/null"], executable: "/usr/bin/script")
    #expect(output.status == 1)
    #expect(output.stdout.contains("\r\u{1B}[Khush: "))
    #expect(output.stdout.contains(" files  "))
    #expect(output.stdout.contains("MB/s"))
    #expect(output.stdout.hasSuffix("\r\u{1B}[K"))
    #expect(try jsonObject(String(contentsOfFile: report, encoding: .utf8))["summary"] != nil)
}
