/// What a non-file-system source (git's index or history) yields, in the order it is reported: the counterpart of
/// `WalkEntry`.
public enum SourceEntry: Sendable {
    case document(SourceDocument)
    /// Not scanned, and listed (a submodule, a symbolic link).
    case skipped(SkippedFile)
    /// Could not be checked: the run fails with exit 2 (an unmerged path).
    case failed(path: String, cause: String)
}
