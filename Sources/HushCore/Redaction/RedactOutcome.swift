/// How a redaction run went, and so how `hush redact` exits.
public struct RedactOutcome: Sendable {
    /// Files read (text or not).
    public var files = 0
    /// Files rewritten (in a dry run: that would be).
    public var changedFiles = 0
    /// Values replaced (in a dry run: that would be).
    public var redactedValues = 0
    /// Findings left alone because their value is kept.
    public var keptValues = 0
    /// Files not read: binary, links met while walking, not regular.
    public var skipped = 0
    /// Files that hold personal data hush was asked to remove but could not: read-only, changed during the run,
    /// findings left after redaction, a write that failed.
    public var unredacted: [String] = []
    /// Paths named on the command line that could not be read.
    public var failedPaths: [String] = []
    /// The first write of a dry run's diff that failed (a full disk, `> /dev/full`). What followed was dropped, so
    /// the diff is incomplete; the caller says so rather than exit as if it were whole.
    public var diffFailure: SystemError?

    public init() {}

    /// 1 when personal data remains in a file hush could not redact; otherwise 2 when a named path could not be read
    /// or nothing was read at all; otherwise 0 (a dry run included).
    public var exitStatus: Int32 {
        if !unredacted.isEmpty { return 1 }
        if !failedPaths.isEmpty || files == 0 { return 2 }
        return 0
    }
}
