import CPCRE2

/// A compiled pattern, JIT-compiled when the platform allows.
///
/// Immutable, so one instance is shared by all scanning threads; each thread brings its own `MatchState`.
/// Subjects are bytes and every offset is a byte offset into the subject; with `.matchInvalidUTF` a subject need not
/// be valid UTF-8.
public final class PCRE2Regex: @unchecked Sendable {
    private let code: OpaquePointer
    public let pattern: String
    /// Whether the JIT compiled the pattern; the interpreter is the fallback.
    public let isJIT: Bool
    /// The number of capture groups.
    public let captureCount: Int
    /// Whether the pattern can match an empty string.
    public let canMatchEmpty: Bool
    /// Whether searches may limit where a match starts (compiled with `.useOffsetLimit`).
    public let limitsStarts: Bool

    public init(_ pattern: String, options: CompileOptions = .scanning) throws(PCRE2Error) {
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled = pattern.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UInt8.self, capacity: buffer.count) {
                pcre2_compile_8($0, buffer.count - 1, options.rawValue, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw .compile(offset: errorOffset, message: PCRE2Error.message(for: errorCode))
        }
        code = compiled
        self.pattern = pattern
        isJIT = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
        var empty: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_MATCHEMPTY), &empty)
        canMatchEmpty = empty != 0
        limitsStarts = options.contains(.useOffsetLimit)
    }

    deinit { pcre2_code_free_8(code) }

    /// The number of the capture group called `name`, or nil.
    public func groupNumber(named name: String) -> Int? {
        let number = name.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: name.utf8.count + 1) {
                pcre2_substring_number_from_name_8(code, $0)
            }
        }
        return number > 0 ? Int(number) : nil
    }

    /// Calls `body` for every non-overlapping match in `subject` from `start` on, in order, until it returns false.
    ///
    /// Allocates nothing: the match is read from `state`. After an empty match the search resumes at the next
    /// character, so adjacent matches are all reported and the loop always ends. Lookbehinds see the bytes before
    /// `start`.
    ///
    /// With `startingBefore`, only matches that start before that offset are found, and PCRE2 stops looking for a start
    /// there (its offset limit) while a match, and its lookaheads, may still run on past it; the pattern must have been
    /// compiled with `.useOffsetLimit`. This is how a prefilter's hit narrows a search without cutting the subject
    /// short (cutting it made `$` and lookaheads see a false end).
    public func forEachMatch(
        in subject: UnsafeRawBufferPointer,
        from start: Int = 0,
        startingBefore startLimit: Int? = nil,
        state: MatchState,
        _ body: (borrowing Match) throws -> Bool
    ) throws {
        guard let base = subject.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let length = subject.count
        var offset = start
        var lastStart = length
        if let startLimit {
            precondition(limitsStarts, "startingBefore needs a pattern compiled with .useOffsetLimit")
            guard startLimit > start else { return }
            lastStart = min(length, startLimit - 1)
            pcre2_set_offset_limit_8(state.context, lastStart)
        }
        defer { if startLimit != nil { pcre2_set_offset_limit_8(state.context, cpcre2_unset()) } }
        let ovector = pcre2_get_ovector_pointer_8(state.matchData)!
        let pairs = min(captureCount + 1, state.capacity)
        while offset <= lastStart {
            let rc: Int32 =
                isJIT
                ? pcre2_jit_match_8(code, base, length, offset, 0, state.matchData, state.context)
                : pcre2_match_8(code, base, length, offset, PCRE2_NO_UTF_CHECK, state.matchData, state.context)
            if rc == PCRE2_ERROR_NOMATCH { return }
            if rc < 0 { throw PCRE2Error.fromMatch(rc) }
            let match = Match(ovector: ovector, pairs: pairs)
            let matchEnd = ovector[1]
            let wasEmpty = matchEnd == ovector[0]
            guard try body(match) else { return }
            if wasEmpty {
                offset = matchEnd + 1
                while offset < length, base[offset] & 0xC0 == 0x80 { offset += 1 }
            } else {
                offset = matchEnd
            }
        }
    }

    /// Whether the pattern matches anywhere in `subject`.
    public func matches(_ subject: UnsafeRawBufferPointer, state: MatchState) throws -> Bool {
        var found = false
        try forEachMatch(in: subject, state: state) { _ in
            found = true
            return false
        }
        return found
    }
}
