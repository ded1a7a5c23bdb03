/// What a walk yields, in a stable order.
public enum WalkEntry: Sendable {
    /// A regular file to read: `path` is what reports show, `location` what the system opens; `named` when the
    /// user named it (then failing to read it fails the run).
    case file(path: String, location: FilePath, named: Bool)
    /// Met while walking and not scanned (a FIFO, a link not followed, a folder without permission).
    case skipped(SkippedFile)
    /// A path named on the command line that cannot be scanned: the run fails with exit 2.
    case failed(path: String, cause: String)
}
