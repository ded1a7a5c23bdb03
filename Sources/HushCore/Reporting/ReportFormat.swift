/// The report formats `--format` accepts.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// For people at a terminal: grouped by file, streamed, one summary line.
    case text
    /// One JSON object (DESIGN §5), written at the end.
    case json
    /// JSON Lines: one self-contained object per finding, skipped file and summary, streamed; runs concatenate.
    case jsonl
    /// SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps, IDE viewers).
    case sarif
    /// One self-contained page for people who never open a terminal.
    case html
    /// One row per finding with the JSON finding's keys as columns, for spreadsheets.
    case csv

    /// Whether the report shows the words around a finding (`Finding.snippet`).
    public var showsSnippets: Bool { self == .sarif || self == .html }

    /// Makes the reporter for this format, writing to `sink`.
    public func makeReporter(sink: OutputSink, settings: ReportSettings) -> any Reporter {
        switch self {
        case .text: TextReporter(sink: sink, showValues: settings.showValues, color: settings.color, quiet: settings.quiet)
        case .json: JSONReporter(sink: sink, showValues: settings.showValues)
        case .jsonl: JSONLinesReporter(sink: sink, showValues: settings.showValues)
        case .sarif: SARIFReporter(sink: sink, settings: settings)
        case .html: HTMLReporter(sink: sink, settings: settings)
        case .csv: CSVReporter(sink: sink, showValues: settings.showValues)
        }
    }
}
