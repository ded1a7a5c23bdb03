extension ScanOutcome {
    /// The exit status of a git scan, for hooks and CI: 1 when a finding is at or above `failOn` (the commit is
    /// blocked); otherwise 2 when something could not be checked (an unreadable blob, an unmerged path); otherwise 0.
    ///
    /// Unlike a scan of files, scanning nothing is not a failure here: a commit of only images, deletions or renames is
    /// fine, and blocking it would teach people `--no-verify`.
    public func gitExitStatus(failOn: Confidence) -> Int32 {
        if let highestConfidence, highestConfidence >= failOn { return 1 }
        return failedPaths.isEmpty ? 0 : 2
    }
}
