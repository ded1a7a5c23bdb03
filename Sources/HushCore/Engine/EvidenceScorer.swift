/// Grades a match by evidence (DESIGN §4): the rule's base level, then one level up for a passing validator and for a
/// context word near the value, one down for a negative word (order, tracking, serial numbers).
///
/// Words are looked for within `context_window` characters on each side, counted in characters rather than bytes so
/// that unsegmented Chinese gets the same reach as English.
struct EvidenceScorer: Sendable {
    /// Words to look for, bucketed by their first byte so that a window is walked once whatever the number of words.
    /// Each carries its evidence string (`context:手机`) made once, not once per finding.
    struct Words: Sendable {
        var words: [(evidence: String, bytes: [UInt8])]
        private var buckets: [[Int]]
        /// Whether any word starts with this (lowercased) byte: checked before `buckets`, because reading a bucket
        /// retains and releases an array, and this runs for every byte around every match.
        private var starts: [Bool]

        init(_ words: [String], evidence kind: String) {
            self.words = words.map { ("\(kind):\($0)", Array($0.lowercased().utf8)) }.filter { !$0.1.isEmpty }
            buckets = Array(repeating: [], count: 256)
            starts = Array(repeating: false, count: 256)
            for (index, word) in self.words.enumerated() {
                buckets[Int(word.bytes[0])].append(index)
                starts[Int(word.bytes[0])] = true
            }
        }

        var isEmpty: Bool { words.isEmpty }

        /// The index of a word found in `bytes[before]` or `bytes[after]` (the earliest in the list among those at
        /// the first place any occurs).
        func first(in bytes: UnsafeBufferPointer<UInt8>, before: Range<Int>, after: Range<Int>) -> Int? {
            guard !words.isEmpty else { return nil }
            return find(in: bytes, range: before) ?? find(in: bytes, range: after)
        }

        private func find(in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
            for position in range {
                let first = Int(ByteSearch.lower(bytes[position]))
                guard starts[first] else { continue }
                for index in buckets[first] {
                    let word = words[index].bytes
                    guard position + word.count <= range.upperBound else { continue }
                    var offset = 1
                    while offset < word.count, ByteSearch.lower(bytes[position + offset]) == word[offset] { offset += 1 }
                    if offset == word.count { return index }
                }
            }
            return nil
        }
    }

    let context: Words
    let negative: Words
    let window: Int
    /// Normalised words a field name is compared with: context words (contained) and `fields` (equal).
    private let fieldContains: [[UInt8]]
    /// A list, not a set: a rule names a few fields, and comparing a key with each is cheaper than hashing it byte by
    /// byte for every match in a field.
    private let fieldEquals: [[UInt8]]
    private let fieldNegative: [[UInt8]]

    init(rule: Rule) {
        context = Words(rule.context, evidence: "context")
        negative = Words(rule.negativeContext, evidence: "negative")
        window = rule.contextWindow
        fieldContains = rule.context.map(FieldName.normalize).filter { $0.unicodeScalars.count >= 2 }.map { Array($0.utf8) }
        fieldEquals = rule.fields.map { Array(FieldName.normalize($0).utf8) }
        fieldNegative = rule.negativeContext.map(FieldName.normalize).filter { !$0.isEmpty }.map { Array($0.utf8) }
    }

    /// Whether a field with normalised name `key` says a value is of this rule's kind.
    func fieldMatches(_ key: [UInt8]) -> Bool {
        fieldEquals.contains { $0 == key } || fieldContains.contains { Self.contains(key, $0) }
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { ByteSearch.contains(needle, in: $0, range: 0..<$0.count) }
    }

    /// Adds context evidence to `candidate` from the words around it and the field it sits in (`field`, an index into
    /// `fields.spans`); returns false when negative evidence pushed it below low. Context and field count once
    /// together: they are the same kind of proof.
    ///
    /// Negative words count only on the value's own line, and inside its field when it has one: an order number in the
    /// next chat message or the next CSV cell says nothing about this value, while a `手机号` header or key often sits
    /// on another line and still does.
    func score(
        _ candidate: inout Candidate, in bytes: UnsafeBufferPointer<UInt8>, fields: FieldMap, field: Int?, fieldView: Range<Int>? = nil
    ) -> Bool {
        var contextWord: Int?
        var negativeWord: Int?
        if window > 0, !(context.isEmpty && negative.isEmpty) {
            let start = ByteSearch.back(from: candidate.range.lowerBound, characters: window, in: bytes)
            let end = ByteSearch.forward(from: candidate.range.upperBound, characters: window, in: bytes, ceiling: bytes.count)
            let before = start..<candidate.range.lowerBound
            let after = candidate.range.upperBound..<end
            contextWord = context.first(in: bytes, before: before, after: after)
            if !negative.isEmpty {
                var nearBefore = before
                var nearAfter = after
                if let newline = (before.lowerBound..<before.upperBound).last(where: { bytes[$0] == 0x0A || bytes[$0] == 0x0D }) {
                    nearBefore = (newline + 1)..<before.upperBound
                }
                if let newline = after.first(where: { bytes[$0] == 0x0A || bytes[$0] == 0x0D }) {
                    nearAfter = after.lowerBound..<newline
                }
                if let fieldView {
                    nearBefore = max(nearBefore.lowerBound, fieldView.lowerBound)..<max(nearBefore.upperBound, fieldView.lowerBound)
                    nearAfter = min(nearAfter.lowerBound, fieldView.upperBound)..<min(nearAfter.upperBound, fieldView.upperBound)
                }
                negativeWord = negative.first(in: bytes, before: nearBefore, after: nearAfter)
            }
        }
        var fieldEvidence: Int?
        var negativeField: Int?
        if let field {
            if fieldMatches(fields.spans[field].key) {
                fieldEvidence = field
            } else if fieldNegative.contains(where: { Self.contains(fields.spans[field].key, $0) }) {
                negativeField = field
            }
        }
        if contextWord != nil || fieldEvidence != nil { candidate.points += 1 }
        if negativeWord != nil || negativeField != nil { candidate.points -= 1 }
        candidate.evidence = Candidate.Evidence(
            contextWord: contextWord ?? -1, negativeWord: negativeWord ?? -1, field: fieldEvidence ?? -1, negativeField: negativeField ?? -1)
        return candidate.points >= 0
    }

    /// A candidate's evidence as reports show it, in this order: validator, context word, field, negative word,
    /// negative field (`validator:luhn`, `context:手机`, `field:手机号`, `negative:订单`, `negative:field:订单号`).
    func describe(_ candidate: Candidate, validatorEvidence: String, fields: FieldMap) -> [String] {
        var evidence: [String] = []
        if candidate.validated { evidence.append(validatorEvidence) }
        if candidate.evidence.contextWord >= 0 { evidence.append(context.words[candidate.evidence.contextWord].evidence) }
        if candidate.evidence.field >= 0 { evidence.append("field:\(fields.spans[candidate.evidence.field].name)") }
        if candidate.evidence.negativeWord >= 0 { evidence.append(negative.words[candidate.evidence.negativeWord].evidence) }
        if candidate.evidence.negativeField >= 0 {
            evidence.append("negative:field:\(fields.spans[candidate.evidence.negativeField].name)")
        }
        return evidence
    }
}
