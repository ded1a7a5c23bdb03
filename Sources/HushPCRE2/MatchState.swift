import CPCRE2

/// Per-thread matching state: match data (the ovector), a match context carrying the limits, and a JIT stack.
///
/// One `MatchState` serves every pattern on its thread, so a scan allocates these once per thread, never per match.
/// It is not `Sendable`: each scanning thread makes its own.
public final class MatchState {
    let matchData: OpaquePointer
    let context: OpaquePointer
    private let jitStack: OpaquePointer?
    /// Capture pairs the match data can hold; patterns with more groups report only the first ones.
    public let capacity: Int

    public init(limits: MatchLimits = .default, captureCapacity: Int = 64) {
        capacity = captureCapacity
        guard let data = pcre2_match_data_create_8(UInt32(captureCapacity), nil),
            let context = pcre2_match_context_create_8(nil)
        else { fatalError("PCRE2 could not allocate match state: out of memory") }
        matchData = data
        self.context = context
        pcre2_set_match_limit_8(context, limits.match)
        pcre2_set_depth_limit_8(context, limits.depth)
        pcre2_set_heap_limit_8(context, limits.heapKiB)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, limits.jitStackBytes, nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }
}
