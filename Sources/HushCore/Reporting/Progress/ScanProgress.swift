/// How far a scan has got: what a progress display shows.
public struct ScanProgress: Sendable {
    /// Files handled so far (scanned, skipped or failed; an archive's members count one by one), in walk order.
    public var done: Int
    /// Bytes of the files scanned so far.
    public var bytes: Int
    /// Time since the scan started (including the walk).
    public var elapsed: Duration
    /// The path of the item handled last.
    public var path: String

    public init(done: Int, bytes: Int, elapsed: Duration, path: String) {
        self.done = done
        self.bytes = bytes
        self.elapsed = elapsed
        self.path = path
    }
}
