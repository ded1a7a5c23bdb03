import CPCRE2

/// One match, valid only inside the closure it is passed to: it reads the ovector of the thread's `MatchState`.
public struct Match: ~Copyable {
    let ovector: UnsafeMutablePointer<Int>
    let pairs: Int

    /// Byte range of the whole match in the subject.
    public var range: Range<Int> { ovector[0]..<ovector[1] }

    /// Byte range of capture group `group`, or nil when the group did not take part in the match.
    public func range(ofGroup group: Int) -> Range<Int>? {
        guard group >= 0, group < pairs else { return nil }
        let start = ovector[2 * group]
        let end = ovector[2 * group + 1]
        guard start != Self.unset, end != Self.unset else { return nil }
        return start..<end
    }

    static let unset = cpcre2_unset()
}
