/// `--format html`: one self-contained page for a person who has never opened a terminal and needs to see what is in
/// the folder they are about to send.
///
/// Totals, a chart of findings by type, totals by file, each finding with a masked snippet of its line and the
/// recommended replacement, the files that were not scanned and why, and a filter by type. Inline CSS, SVG and one
/// small script only, and a Content-Security-Policy that forbids every fetch, so the page works offline and cannot
/// call out even if a scanned file name tried to. Labels in English or Chinese (`ReportLanguage`); every scanned
/// string is escaped. Written at the end, sorted like the JSON report.
public final class HTMLReporter: BatchReporter {
    private let sink: OutputSink
    private let settings: ReportSettings

    public init(sink: OutputSink, settings: ReportSettings) {
        self.sink = sink
        self.settings = settings
    }

    override func write(findings: [Finding], skipped skippedFiles: [SkippedFile], summary: ScanSummary) {
        let page = HTMLPage(
            findings: findings, skipped: skippedFiles, summary: summary,
            labels: .of(settings.language), showValues: settings.showValues, version: settings.toolVersion)
        sink.write(page.render())
        sink.flush()
    }
}
