/// A validated, scored match on the text view, before overlaps are resolved.
struct Candidate {
    var ruleIndex: Int
    /// Value span in view bytes.
    var range: Range<Int>
    /// The span of the rule's mask group in view bytes, if it has one.
    var maskRange: Range<Int>?
    var validated: Bool
    var points: Int
    var evidence: [String]

    var confidence: Confidence { Confidence(rawValue: min(max(points, 0), 2)) ?? .low }

    /// Grows with the level; evidence beyond what `high` needs adds a little, so ties among high findings sort.
    var score: Double {
        let base = [0.35, 0.65, 0.9][confidence.rawValue]
        return min(0.99, base + 0.03 * Double(max(points - 2, 0)))
    }
}
