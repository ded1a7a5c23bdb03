/// How a run went, and so how `hush` exits (DESIGN §1).
public struct ScanOutcome: Sendable {
    public var summary: ScanSummary
    /// The surest finding of the run, reported or not.
    public var highestConfidence: Confidence?
    /// Paths named on the command line that could not be scanned.
    public var failedPaths: [String]

    /// 1 when a finding is at or above `failOn`; otherwise 2 when a named path failed or nothing was scanned; else 0.
    public func exitStatus(failOn: Confidence) -> Int32 {
        if let highestConfidence, highestConfidence >= failOn { return 1 }
        if !failedPaths.isEmpty || summary.files == 0 { return 2 }
        return 0
    }
}
