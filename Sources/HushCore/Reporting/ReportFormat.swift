/// The report formats `--format` accepts.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json

    /// Makes the reporter for this format, writing to `sink`.
    public func makeReporter(sink: OutputSink, showValues: Bool, color: Bool) -> any Reporter {
        switch self {
        case .text: TextReporter(sink: sink, showValues: showValues, color: color)
        case .json: JSONReporter(sink: sink, showValues: showValues)
        }
    }
}
