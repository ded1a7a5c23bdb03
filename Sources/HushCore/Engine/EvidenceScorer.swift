/// Grades a match by evidence (DESIGN §4): the rule's base level, then one level up for a passing validator and for a
/// context word near the value, one down for a negative word (order, tracking, serial numbers).
///
/// Words are looked for within `context_window` characters on each side, counted in characters rather than bytes so
/// that unsegmented Chinese gets the same reach as English.
struct EvidenceScorer: Sendable {
    struct Words: Sendable {
        var words: [(text: String, bytes: [UInt8])]

        init(_ words: [String]) {
            self.words = words.map { ($0, Array($0.lowercased().utf8)) }
        }

        /// The first word found in `bytes[window]` outside `value`.
        func first(in bytes: UnsafeBufferPointer<UInt8>, before: Range<Int>, after: Range<Int>) -> String? {
            for word in self.words {
                if ByteSearch.contains(word.bytes, in: bytes, range: before)
                    || ByteSearch.contains(word.bytes, in: bytes, range: after)
                {
                    return word.text
                }
            }
            return nil
        }
    }

    let context: Words
    let negative: Words
    let window: Int

    init(rule: Rule) {
        context = Words(rule.context)
        negative = Words(rule.negativeContext)
        window = rule.contextWindow
    }

    /// Adds context evidence to `candidate`; returns false when negative evidence pushed it below low.
    func score(_ candidate: inout Candidate, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard window > 0, !(context.words.isEmpty && negative.words.isEmpty) else { return candidate.points >= 0 }
        let start = ByteSearch.back(from: candidate.range.lowerBound, characters: window, in: bytes)
        let end = ByteSearch.forward(from: candidate.range.upperBound, characters: window, in: bytes, ceiling: bytes.count)
        let before = start..<candidate.range.lowerBound
        let after = candidate.range.upperBound..<end
        if let word = context.first(in: bytes, before: before, after: after) {
            candidate.points += 1
            candidate.evidence.append("context:\(word)")
        }
        if let word = negative.first(in: bytes, before: before, after: after) {
            candidate.points -= 1
            candidate.evidence.append("negative:\(word)")
        }
        return candidate.points >= 0
    }
}
