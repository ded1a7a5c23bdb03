/// Watches a scan go by, for a progress display.
///
/// `ScanRunner` calls it on the thread that delivers results, inside the lock that keeps them in walk order, once per
/// file: an observer must return quickly (compare a clock, maybe draw) so the scanning threads never wait on it.
public protocol ProgressObserver: AnyObject {
    /// After each file is handled.
    func advanced(_ progress: ScanProgress)
    /// Once, after the last file and before the reporter's `finish`, so a display can get out of the way of the
    /// summary.
    func finish()
}
