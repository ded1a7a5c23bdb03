/// Maps byte offsets in a text view back to byte offsets in the original document.
///
/// The view differs from the original only where characters were folded (a 3-byte full-width digit became one ASCII
/// byte) or removed (zero-width characters, a BOM). The map stores only those places: `shifts[i]` says that from view
/// byte `shifts[i].view` on, the original lies `shifts[i].delta` bytes further; `folded` lists the view bytes that
/// stand for a longer original character. A document without such characters has an empty map, and mapping is the
/// identity at no cost.
public struct OffsetMap: Sendable, Equatable {
    struct Shift: Sendable, Equatable {
        var view: Int
        var delta: Int
    }

    private(set) var shifts: [Shift] = []
    private(set) var folded: [(view: Int, length: Int)] = []

    public init() {}

    public var isIdentity: Bool { shifts.isEmpty }

    /// Records that view byte `view` stands for `length` original bytes.
    mutating func fold(view: Int, length: Int) {
        folded.append((view, length))
        addShift(at: view + 1, by: length - 1)
    }

    /// Records that the `viewLength` view bytes from `view` on stand for `originalLength` original bytes (an escape
    /// such as `\u4e2d` or `&#x4E2D;` decoded to one character). Offsets inside the character never occur in spans,
    /// so the first view byte takes the surplus.
    ///
    /// A character can also be longer than what it stands for (one undecodable byte became the three bytes of U+FFFD).
    /// Then its inner bytes map to its start and its last byte stands for all of it: a surplus on the first byte would
    /// be negative and run the map backwards, which breaks the binary searches of `viewOffset(forOriginal:)`.
    mutating func replace(view: Int, viewLength: Int, originalLength: Int) {
        if viewLength == 0 {
            remove(before: view, length: originalLength)
        } else if originalLength > viewLength {
            fold(view: view, length: originalLength - viewLength + 1)
        } else if originalLength < viewLength {
            for inner in (view + 1)..<(view + viewLength) { addShift(at: inner, by: -1) }
            folded.append((view + viewLength - 1, originalLength))
            addShift(at: view + viewLength, by: originalLength - 1)
        }
    }

    /// Records that `length` original bytes were removed just before view byte `view`.
    mutating func remove(before view: Int, length: Int) {
        addShift(at: view, by: length)
    }

    private mutating func addShift(at view: Int, by amount: Int) {
        let delta = (shifts.last?.delta ?? 0) + amount
        if let last = shifts.last, last.view == view {
            shifts[shifts.count - 1].delta = delta
        } else {
            shifts.append(Shift(view: view, delta: delta))
        }
    }

    /// The original offset of the first byte behind view byte `view` (a span's start).
    public func originalStart(_ view: Int) -> Int {
        view + delta(at: view)
    }

    /// The original offset just after the bytes behind view byte `end - 1` (a span's exclusive end).
    public func originalEnd(_ end: Int) -> Int {
        guard end > 0 else { return originalStart(0) }
        let last = end - 1
        return originalStart(last) + foldedLength(at: last)
    }

    /// The first view offset whose original start is at or after `original` (the inverse, for mapping a field found
    /// in the original text into the view). `viewCount` bounds the search.
    public func viewOffset(forOriginal original: Int, viewCount: Int) -> Int {
        guard !isIdentity else { return min(original, viewCount) }
        guard viewCount > 0 else { return 0 }
        // Between two shifts the map is `view + delta`, so the answer lies in the first stretch whose last byte maps at
        // or after `original`, found by one binary search over the stretches (searching the views instead, with a
        // search of the shifts for each probe, cost a twentieth of a dense scan). Stretch j starts at shift j - 1 (the
        // first at view 0 with no shift); shifts are at increasing views, so only the first stretch can be empty.
        let stretches = shifts.count + 1
        func start(_ j: Int) -> Int { j == 0 ? 0 : min(shifts[j - 1].view, viewCount) }
        func end(_ j: Int) -> Int { j < shifts.count ? min(shifts[j].view, viewCount) : viewCount }
        func delta(_ j: Int) -> Int { j == 0 ? 0 : shifts[j - 1].delta }
        var low = shifts[0].view == 0 ? 1 : 0
        var high = stretches
        while low < high {
            let mid = (low + high) / 2
            // A stretch past the view (a shift at its very end) counts as reaching everything.
            if start(mid) >= end(mid) || end(mid) - 1 + delta(mid) >= original { high = mid } else { low = mid + 1 }
        }
        guard low < stretches, start(low) < end(low) else { return viewCount }
        return max(start(low), original - delta(low))
    }

    private func delta(at view: Int) -> Int {
        var low = 0
        var high = shifts.count
        while low < high {
            let mid = (low + high) / 2
            if shifts[mid].view <= view { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? 0 : shifts[low - 1].delta
    }

    private func foldedLength(at view: Int) -> Int {
        var low = 0
        var high = folded.count
        while low < high {
            let mid = (low + high) / 2
            if folded[mid].view < view { low = mid + 1 } else { high = mid }
        }
        return low < folded.count && folded[low].view == view ? folded[low].length : 1
    }

    public static func == (lhs: OffsetMap, rhs: OffsetMap) -> Bool {
        lhs.shifts == rhs.shifts && lhs.folded.elementsEqual(rhs.folded) { $0 == $1 }
    }
}
