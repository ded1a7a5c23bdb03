/// Where in a buffer a rule's matches may start: near the places its prefilter found (a keyword, a run of digits),
/// merged.
///
/// This is where hush's speed comes from (DESIGN §8): most bytes of a chat log are far from any digit run or
/// keyword, and PCRE2 never tries a match there. The ranges bound where a match *starts*, not where it may look: the
/// scanner searches the whole buffer with PCRE2's offset limit (`startingBefore:`), so lookbehinds and lookaheads at
/// a range's edges see the real bytes around it. Cutting the subject instead (as hush did before) made a window end
/// at the next whitespace for the lookaheads' sake, which in Chinese text without spaces is often the end of the line,
/// and made a digit rule's window reach `max_length` past its run, where no match that holds the run can start.
struct SearchWindows {
    private(set) var ranges: [Range<Int>] = []

    /// Starts from `before` bytes ahead of each hit to `after` bytes past its end, for `hits` sorted by start, in a
    /// buffer of `count` bytes.
    ///
    /// A match that must contain its hit starts before the hit's end and no further ahead of it than the longest
    /// match, so a digit rule asks for `before: lead, after: 0`. A keyword may also stand before the value a match
    /// holds (a lookbehind), so keyword rules ask for `max_length` on both sides.
    init(around hits: [Range<Int>], before: Int, after: Int, count: Int) {
        for hit in hits {
            let lower = max(0, hit.lowerBound - before)
            let upper = min(count, hit.upperBound + after)
            if let last = ranges.last, lower <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(upper, last.upperBound)
            } else {
                ranges.append(lower..<upper)
            }
        }
    }

    /// Adds `other`'s ranges, merging those that overlap or touch.
    mutating func merge(_ other: SearchWindows) {
        guard !other.ranges.isEmpty else { return }
        guard !ranges.isEmpty else { return ranges = other.ranges }
        var merged: [Range<Int>] = []
        merged.reserveCapacity(ranges.count + other.ranges.count)
        var (left, right) = (0, 0)
        while left < ranges.count || right < other.ranges.count {
            let next: Range<Int>
            if right == other.ranges.count || (left < ranges.count && ranges[left].lowerBound <= other.ranges[right].lowerBound) {
                next = ranges[left]
                left += 1
            } else {
                next = other.ranges[right]
                right += 1
            }
            if let last = merged.last, next.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, next.upperBound)
            } else {
                merged.append(next)
            }
        }
        ranges = merged
    }

    var coveredBytes: Int { ranges.reduce(0) { $0 + $1.count } }
}
