/// Passes a scan's results on to another reporter and remembers where the findings were, for the message after the
/// report (`CommitGuidance`).
public final class FindingRecorder: Reporter {
    private let next: any Reporter
    /// Paths with findings in their contents, in report order.
    public private(set) var paths: [String] = []
    /// Paths whose file name holds a finding.
    public private(set) var namePaths: [String] = []
    public private(set) var count = 0

    public init(_ next: any Reporter) {
        self.next = next
    }

    public func record(path: String, findings: [Finding]) {
        // A path once per run of findings in it, not once per finding: a dense export has a finding per few hundred
        // bytes, and `CommitGuidance` lists each path once anyway.
        count += findings.count
        for index in findings.indices {
            if findings[index].part == .name {
                if namePaths.last != findings[index].path { namePaths.append(findings[index].path) }
            } else if paths.last != findings[index].path {
                paths.append(findings[index].path)
            }
        }
        next.record(path: path, findings: findings)
    }

    public func skipped(_ file: SkippedFile) { next.skipped(file) }

    public func finish(_ summary: ScanSummary) { next.finish(summary) }
}
