/// `--format json`: one object with `version`, `findings`, `skipped` and `summary` (DESIGN §5), findings sorted by
/// path, then start.
///
/// Findings are written as each file's results arrive instead of being held to the end: the walk visits paths in byte
/// order (folders compared as `name/`, see `FileWalker`), so arrival order is already the sorted order for each root,
/// and memory stays bounded by one file's findings rather than the whole run's (a 100 MB export can hold a million).
public final class JSONReporter: Reporter {
    private let sink: OutputSink
    private let showValues: Bool
    private var skippedFiles: [SkippedFile] = []
    private var wroteFinding = false
    /// Reused for every finding, so a finding costs no allocation of its own.
    private var json = JSONWriter()

    public init(sink: OutputSink, showValues: Bool) {
        self.sink = sink
        self.showValues = showValues
        sink.write("{\"version\":1,\"findings\":[")
    }

    public func record(path: String, findings: [Finding]) {
        let sorted = findings.sortedForReport()
        // Each finding is still copied out of the array for `write` (retaining and releasing its dozen references,
        // ≈ 2 % of a dense scan): the release build does so whether it is reached by index, through a buffer pointer
        // or with `write` inlined. Only a finding with fewer references would avoid it.
        for index in sorted.indices {
            json.reset()
            json.beginObject()
            sorted[index].write(to: &json, showValues: showValues)
            json.endObject()
            if wroteFinding { sink.write(byte: UInt8(ascii: ",")) }
            sink.write(json.bytes)
            wroteFinding = true
        }
    }

    public func skipped(_ file: SkippedFile) {
        skippedFiles.append(file)
    }

    public func finish(_ summary: ScanSummary) {
        json.reset()
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
        sink.write("]," + json.text + "}\n")
        sink.flush()
    }
}
