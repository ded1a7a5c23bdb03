/// What to redact and where the result goes: the inputs of `hush redact`, independent of how the CLI spelled them.
public struct RedactRequest: Sendable {
    public enum Destination: Sendable, Equatable {
        /// Replace each file (`--in-place`), keeping the original as `path + suffix` (mode 0600) when a suffix is given.
        case inPlace(backupSuffix: String?)
        /// Write the one input's result to this file (`-o`).
        case file(String)
        /// Write the one input's result to standard output (`hush redact -`).
        case standardOutput
    }

    /// Files and folders; `-` is standard input.
    public var paths: [String]
    public var destination: Destination
    /// Print a unified diff of what would change, and change nothing.
    public var dryRun: Bool
    /// Show the values replaced on the dry run's `-` lines instead of their masked form, so that the diff applies
    /// with `patch`.
    public var showValues: Bool
    public var walk: WalkOptions
    /// Values left as they are.
    public var keep: KeepList
    /// Read every file in this encoding instead of detecting it.
    public var encoding: TextEncoding?
    /// Files redacted at once; 0 means one per core.
    public var threads: Int
    /// Bytes scanned per window of a large file; a file up to about this size is scanned whole, as `hush scan` does.
    /// 8 MiB keeps a window's findings (a few hundred bytes each, up to a few hundred thousand in a dense export) to
    /// tens of megabytes, while the margins re-scanned at each cut stay under 2 %.
    public var regionSize: Int

    public init(
        paths: [String], destination: Destination, dryRun: Bool = false, showValues: Bool = false, walk: WalkOptions = WalkOptions(),
        keep: KeepList = KeepList(), encoding: TextEncoding? = nil, threads: Int = 0, regionSize: Int = 8 << 20
    ) {
        self.paths = paths
        self.destination = destination
        self.dryRun = dryRun
        self.showValues = showValues
        self.walk = walk
        self.keep = keep
        self.encoding = encoding
        self.threads = threads
        self.regionSize = regionSize
    }
}
