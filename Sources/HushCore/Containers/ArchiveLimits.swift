/// Limits against archive bombs: a small file must not make hush decompress without end.
///
/// Each exceeded limit skips the member (or the rest of the archive) with a reason naming the limit, and the scan goes on.
public struct ArchiveLimits: Sendable, Hashable {
    /// Uncompressed bytes read from one top-level archive, members of nested archives included.
    public var maxTotalBytes: Int
    /// Uncompressed to compressed ratio above which a member larger than `ratioFloor` is refused.
    public var maxRatio: Int
    /// Members smaller than this are never refused for their ratio (tiny files compress extremely well).
    public var ratioFloor: Int
    /// Archives inside archives, counted from the outermost (1).
    public var maxDepth: Int
    /// Members read from one top-level archive.
    public var maxMembers: Int

    public init(maxTotalBytes: Int = 1 << 30, maxRatio: Int = 200, ratioFloor: Int = 1 << 20, maxDepth: Int = 4, maxMembers: Int = 100_000) {
        self.maxTotalBytes = maxTotalBytes
        self.maxRatio = maxRatio
        self.ratioFloor = ratioFloor
        self.maxDepth = maxDepth
        self.maxMembers = maxMembers
    }
}
