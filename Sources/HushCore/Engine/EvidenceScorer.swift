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
    /// Normalised words a field name is compared with: context words (contained) and `fields` (equal).
    private let fieldContains: [String]
    private let fieldEquals: Set<String>
    private let fieldNegative: [String]

    init(rule: Rule) {
        context = Words(rule.context)
        negative = Words(rule.negativeContext)
        window = rule.contextWindow
        fieldContains = rule.context.map(FieldName.normalize).filter { $0.unicodeScalars.count >= 2 }
        fieldEquals = Set(rule.fields.map(FieldName.normalize))
        fieldNegative = rule.negativeContext.map(FieldName.normalize).filter { !$0.isEmpty }
    }

    /// Whether a field called `name` says a value is of this rule's kind.
    func fieldMatches(_ name: String) -> Bool {
        let key = FieldName.normalize(name)
        return fieldEquals.contains(key) || fieldContains.contains { key.contains($0) }
    }

    /// Adds context evidence to `candidate` from the words around it and the field it sits in; returns false when
    /// negative evidence pushed it below low. Context and field count once together: they are the same kind of proof.
    func score(_ candidate: inout Candidate, in bytes: UnsafeBufferPointer<UInt8>, field: FieldSpan?) -> Bool {
        var positive: [String] = []
        var negativeEvidence: [String] = []
        if window > 0, !(context.words.isEmpty && negative.words.isEmpty) {
            let start = ByteSearch.back(from: candidate.range.lowerBound, characters: window, in: bytes)
            let end = ByteSearch.forward(from: candidate.range.upperBound, characters: window, in: bytes, ceiling: bytes.count)
            let before = start..<candidate.range.lowerBound
            let after = candidate.range.upperBound..<end
            if let word = context.first(in: bytes, before: before, after: after) { positive.append("context:\(word)") }
            if let word = negative.first(in: bytes, before: before, after: after) { negativeEvidence.append("negative:\(word)") }
        }
        if let field {
            let key = FieldName.normalize(field.name)
            if fieldEquals.contains(key) || fieldContains.contains(where: { key.contains($0) }) {
                positive.append("field:\(field.name)")
            } else if fieldNegative.contains(where: { key.contains($0) }) {
                negativeEvidence.append("negative:field:\(field.name)")
            }
        }
        if !positive.isEmpty { candidate.points += 1 }
        if !negativeEvidence.isEmpty { candidate.points -= 1 }
        candidate.evidence += positive + negativeEvidence
        return candidate.points >= 0
    }
}
