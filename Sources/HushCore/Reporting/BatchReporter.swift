/// The reporters that write everything at the end (sarif, html, csv): they keep what the run delivers and write once,
/// findings in report order (`sortedForReport`). Subclasses only say how to write.
public class BatchReporter: Reporter {
    private var findings: [Finding] = []
    private var skippedFiles: [SkippedFile] = []

    init() {}

    public final func record(path: String, findings: [Finding]) {
        self.findings.append(contentsOf: findings)
    }

    public final func skipped(_ file: SkippedFile) {
        skippedFiles.append(file)
    }

    public final func finish(_ summary: ScanSummary) {
        write(findings: findings.sortedForReport(), skipped: skippedFiles, summary: summary)
    }

    /// Writes the whole report; every subclass overrides it.
    func write(findings: [Finding], skipped: [SkippedFile], summary: ScanSummary) {
        preconditionFailure("\(type(of: self)) must override write(findings:skipped:summary:)")
    }
}
