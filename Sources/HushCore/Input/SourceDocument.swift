/// A document that does not come from walking the file system — a blob in git's index or history — loaded only when a
/// scanning thread reaches it, so a history scan never holds every blob in memory at once.
public struct SourceDocument: Sendable {
    /// Why a document could not be loaded.
    public enum LoadFailure: Error, Sendable {
        /// Larger than `--max-filesize`: listed as skipped.
        case tooLarge(size: Int, limit: Int)
        /// Could not be read: the run fails (exit 2), because a hook must never pass what it did not check.
        case unreadable(String)
    }

    /// The path relative to the repository root: what fingerprints, allowlists and the baseline see.
    public var path: String
    /// Shown before the path in reports, as `LABEL:path` (the commit that introduced a blob: git's own `REV:PATH`
    /// notation, so `git show` takes it as it is).
    public var label: String?
    /// Whether the file name is new in this change (an added or renamed file), so findings in it count.
    public var scansName: Bool
    /// The lines a change added; nil when the whole document counts.
    public var added: AddedLines?
    /// Only the name is new (a blob already scanned under another name): the contents are not scanned again.
    public var nameOnly: Bool
    /// Loads the bytes, refusing more than the size limit it is given.
    public var load: @Sendable (_ limit: Int?) -> Result<[UInt8], LoadFailure>

    public init(
        path: String, label: String? = nil, scansName: Bool, added: AddedLines? = nil, nameOnly: Bool = false,
        load: @escaping @Sendable (_ limit: Int?) -> Result<[UInt8], LoadFailure>
    ) {
        self.path = path
        self.label = label
        self.scansName = scansName
        self.added = added
        self.nameOnly = nameOnly
        self.load = load
    }

    /// The path as reports show it.
    public var displayPath: String { label.map { "\($0):\(path)" } ?? path }
}
