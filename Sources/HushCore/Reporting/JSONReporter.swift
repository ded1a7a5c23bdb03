/// `--format json`: one object with `version`, `findings`, `skipped` and `summary` (DESIGN §5), written at the end
/// with findings sorted by path, then start.
public final class JSONReporter: Reporter {
    private let sink: OutputSink
    private let showValues: Bool
    private var findings: [Finding] = []
    private var skippedFiles: [SkippedFile] = []

    public init(sink: OutputSink, showValues: Bool) {
        self.sink = sink
        self.showValues = showValues
    }

    public func record(path: String, findings: [Finding]) {
        self.findings.append(contentsOf: findings)
    }

    public func skipped(_ file: SkippedFile) {
        skippedFiles.append(file)
    }

    public func finish(_ summary: ScanSummary) {
        let sorted = findings.sortedForReport()
        var json = JSONWriter()
        json.beginObject()
        json.number("version", 1)
        json.beginArray("findings")
        for finding in sorted {
            json.beginObject()
            finding.write(to: &json, showValues: showValues)
            json.endObject()
        }
        json.endArray()
        json.beginArray("skipped")
        for file in skippedFiles {
            json.beginObject()
            json.string("path", file.path)
            json.string("reason", file.reason)
            json.endObject()
        }
        json.endArray()
        json.beginObject("summary")
        summary.write(to: &json)
        json.endObject()
        json.endObject()
        sink.write(json.text + "\n")
        sink.flush()
    }
}
