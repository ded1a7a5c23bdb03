/// One example from a rule file: text, and the exact spans the rule must (or must not) find in it.
///
/// Pattern files mark expected values with `«…»`; the markers are removed and their positions become
/// `expectedSpans`, byte ranges into `text`.
public struct RuleExample: Sendable, CustomStringConvertible {
    public var ruleID: String
    public var file: String
    public var line: Int
    public var text: String
    public var expectedSpans: [Range<Int>]
    /// False for a negative example: no finding of this rule at `confidence` (default medium) or above.
    public var shouldMatch: Bool
    /// For a positive example, the level every finding must have; for a negative one, the threshold.
    public var confidence: Confidence?
    /// The file name the text is scanned as (`contacts.csv`), so structure-dependent rules can be shown working.
    public var fileName: String?

    public var description: String { "\(file):\(line): \(ruleID)" }

    /// Splits marked text into plain text and the byte ranges the markers enclosed; nil when markers are unbalanced.
    public static func unmark(_ marked: String) -> (text: String, spans: [Range<Int>])? {
        var plain: [UInt8] = []
        var spans: [Range<Int>] = []
        var open: Int?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "«":
                guard open == nil else { return nil }
                open = plain.count
            case "»":
                guard let start = open else { return nil }
                spans.append(start..<plain.count)
                open = nil
            default:
                plain.append(contentsOf: String(scalar).utf8)
            }
        }
        guard open == nil else { return nil }
        return (String(decoding: plain, as: UTF8.self), spans)
    }
}
