/// Where in a buffer a rule's regex needs to run: around the places its prefilter found (a keyword, a run of digits),
/// widened by the rule's maximum match length and merged.
///
/// This is where hush's speed comes from (DESIGN §8): most bytes of a chat log are far from any digit run or
/// keyword, and PCRE2 never sees them. A window's end is pushed to the next whitespace so that a lookahead at its
/// edge sees the real next byte; lookbehinds see the real bytes before its start because matching keeps the whole
/// buffer as the subject.
struct SearchWindows {
    private(set) var ranges: [Range<Int>] = []

    /// Windows of `margin` bytes on each side of `hits` (sorted by start) in a buffer of `count` bytes.
    init(around hits: [Range<Int>], margin: Int, in buffer: UnsafeBufferPointer<UInt8>) {
        let count = buffer.count
        for hit in hits {
            let lower = max(0, hit.lowerBound - margin)
            var upper = min(count, hit.upperBound + margin)
            if let last = ranges.last, lower <= last.upperBound {
                upper = max(upper, last.upperBound)
                ranges[ranges.count - 1] = last.lowerBound..<upper
            } else {
                ranges.append(lower..<upper)
            }
        }
        for index in ranges.indices {
            var upper = ranges[index].upperBound
            let limit = min(count, upper + 4096)
            while upper < limit, !Self.isSpace(buffer[upper]) { upper += 1 }
            ranges[index] = ranges[index].lowerBound..<min(count, upper + (upper < count ? 1 : 0))
        }
        // Widening may have made neighbours touch.
        var merged: [Range<Int>] = []
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        ranges = merged
    }

    var coveredBytes: Int { ranges.reduce(0) { $0 + $1.count } }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
