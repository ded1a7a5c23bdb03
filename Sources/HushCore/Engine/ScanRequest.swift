/// What to scan and how: the inputs of a run, independent of how the CLI spelled them.
public struct ScanRequest: Sendable {
    /// Files and folders; `-` is standard input; empty means the current folder.
    public var paths: [String]
    /// Files (or folders) from a list (`--files-from`), scanned as if named on the command line after `paths`. An
    /// entry `-` is a file of that name, not standard input. When not nil, an empty `paths` does not mean the current
    /// folder.
    public var fileList: [String]?
    /// Scan only the files of this shard (files met while walking and files named alike); nil scans them all.
    public var shard: Shard?
    public var walk: WalkOptions
    /// Files larger than this are skipped (nil: no limit).
    public var maxFileSize: Int?
    /// Scanning threads; 0 means one per core.
    public var threads: Int
    /// Findings below this level are counted for the exit status but not reported.
    public var reportConfidence: Confidence
    /// Read every file in this encoding instead of detecting it.
    public var encoding: TextEncoding?
    /// Open zip, gzip and Office files and scan their members.
    public var openContainers = true
    public var archiveLimits = ArchiveLimits()
    /// Files larger than this are not read whole but streamed through windows of `regionSize` bytes (`ChunkedScan`),
    /// so memory is bounded by the window, not the file. Smaller files are scanned whole, which keeps a CSV header or
    /// JSON key anywhere in the file as evidence for every value under it.
    public var streamAbove = 64 << 20
    /// The region each window of a streamed file owns (windows reach a margin further on each side).
    public var regionSize = 4 << 20
    /// Bytes of regions a streamed file may have in memory at once, whatever the number of threads: a window costs
    /// several times its size while scanned (its bytes, the folded view, digit runs, findings), so this is what keeps
    /// one huge file under 200 MB on any machine (DESIGN §8). At least one window is always scanned.
    public var streamBudget = 12 << 20
    /// What is kept of each document's findings: inline `hush:allow`, allowlists, the baseline (see `FindingFilter`).
    public var filter = FindingFilter()

    public init(
        paths: [String] = [], walk: WalkOptions = WalkOptions(), maxFileSize: Int? = nil, threads: Int = 0,
        reportConfidence: Confidence = .medium, encoding: TextEncoding? = nil
    ) {
        self.encoding = encoding
        self.paths = paths
        self.walk = walk
        self.maxFileSize = maxFileSize
        self.threads = threads
        self.reportConfidence = reportConfidence
    }
}
