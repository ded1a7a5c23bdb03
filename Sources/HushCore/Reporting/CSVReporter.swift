/// `--format csv`: one row per finding, the keys of a `--format json` finding as columns, sorted like the JSON report.
///
/// RFC 4180: CRLF line ends, a header row, and a field quoted (inner quotes doubled) only when it holds a comma, a
/// quote, CR or LF. `evidence` is joined with `;`, a missing `container` is an empty field, `value` is a column only
/// with `--show-values`. Values are written as they are: no BOM and no `'` before a leading `=`/`+`, because either
/// would change the data for the programs that read CSV, and masked phone numbers legitimately start with `+`.
/// Skipped files and the summary are not rows; they are on stderr and in the other formats.
public final class CSVReporter: BatchReporter {
    private let sink: OutputSink
    private let showValues: Bool

    public init(sink: OutputSink, showValues: Bool) {
        self.sink = sink
        self.showValues = showValues
    }

    override func write(findings: [Finding], skipped skippedFiles: [SkippedFile], summary: ScanSummary) {
        var header = [
            "rule", "type", "confidence", "score", "evidence", "path", "container", "part", "encoding", "bom", "line",
            "column", "start", "end",
        ]
        if showValues { header.append("value") }
        header += ["masked", "replacement", "fingerprint"]
        writeRow(header)
        for finding in findings {
            var row = [
                finding.rule, finding.type.rawValue, finding.confidence.description, String(format2: finding.score),
                finding.evidence.joined(separator: ";"), finding.path, finding.container ?? "", finding.part.rawValue,
                finding.encoding, finding.bom ? "true" : "false", String(finding.line), String(finding.column),
                String(finding.start), String(finding.end),
            ]
            if showValues { row.append(finding.value) }
            row += [finding.masked, finding.replacement, finding.fingerprint]
            writeRow(row)
        }
        sink.flush()
    }

    private func writeRow(_ fields: [String]) {
        sink.write(fields.map(Self.field).joined(separator: ",") + "\r\n")
    }

    /// One field, quoted when RFC 4180 requires it.
    static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A })
        else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}
