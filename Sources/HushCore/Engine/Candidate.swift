/// A validated, scored match on the text view, before overlaps are resolved.
///
/// Plain data, with no references: there is one per match of every rule, and candidates are sorted, clustered and
/// copied; evidence held as strings made each copy retain and release them, and each piece of evidence an allocation.
/// The evidence is indices into what the scanner already holds, turned into text only for the candidates that become
/// findings (`EvidenceScorer.describe`).
struct Candidate {
    /// What raised or lowered a candidate's level; -1 where nothing did.
    struct Evidence {
        /// Index into the rule's context words.
        var contextWord = -1
        /// Index into the rule's negative words.
        var negativeWord = -1
        /// Index into the document's field spans: the field whose name says the value is of this kind.
        var field = -1
        /// Index into the document's field spans: the field whose name says the value is not of this kind.
        var negativeField = -1
    }

    var ruleIndex: Int
    /// Value span in view bytes.
    var range: Range<Int>
    /// The span of the rule's mask group in view bytes, if it has one.
    var maskRange: Range<Int>?
    /// Whether the rule's validator passed (its evidence comes first).
    var validated: Bool
    var points: Int
    var evidence = Evidence()

    var confidence: Confidence { Confidence(rawValue: min(max(points, 0), 2)) ?? .low }

    /// Grows with the level; evidence beyond what `high` needs adds a little, so ties among high findings sort.
    var score: Double {
        let base = [0.35, 0.65, 0.9][confidence.rawValue]
        return min(0.99, base + 0.03 * Double(max(points - 2, 0)))
    }
}
