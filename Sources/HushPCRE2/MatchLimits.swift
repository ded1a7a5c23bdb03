/// Resource limits applied to every match, so that no pattern — built-in or a user's — can hang a scan.
///
/// PCRE2's defaults (a match limit of ten million) let `(a+)+$` spin for minutes on a long line. These are tighter but
/// far above what any sane rule needs on one candidate; a rule that reaches one becomes a diagnostic naming it.
/// The JIT honours the match limit and its own stack size; the interpreter also honours depth and heap limits.
public struct MatchLimits: Sendable, Hashable {
    public var match: UInt32
    public var depth: UInt32
    /// Heap limit in kibibytes.
    public var heapKiB: UInt32
    /// Largest JIT stack, in bytes.
    public var jitStackBytes: Int

    public init(match: UInt32 = 1_000_000, depth: UInt32 = 10_000, heapKiB: UInt32 = 20_000, jitStackBytes: Int = 1 << 20) {
        self.match = match
        self.depth = depth
        self.heapKiB = heapKiB
        self.jitStackBytes = jitStackBytes
    }

    public static let `default` = MatchLimits()
}
