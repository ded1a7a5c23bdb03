/// Receives a scan's results in walk order. Streaming formats write as they receive; batch formats collect and write in
/// `finish`.
public protocol Reporter: AnyObject {
    /// The findings of one scanned document (possibly none), in the order of the walk.
    func record(path: String, findings: [Finding])
    /// A file that was not scanned.
    func skipped(_ file: SkippedFile)
    /// Called once at the end.
    func finish(_ summary: ScanSummary)
}
