/// Totals of a scan, for the last lines of a report.
public struct ScanSummary: Sendable {
    public var files = 0
    public var bytes = 0
    public var findings = 0
    public var byType: [FindingType: Int] = [:]
    /// How many different values were found: how many people's numbers are exposed, not how often.
    public var distinctValues = 0
    public var skipped = 0
    public var elapsedMilliseconds = 0

    public init() {}
}
