import HushPCRE2

/// A detection rule loaded from a pattern file: a compiled PCRE2 pattern plus what turns its matches into findings.
///
/// Immutable and shared by every scanning thread. Words (keywords, context) are stored as lowercased UTF-8 bytes,
/// because matching them is byte work on the scan's hot path.
public struct Rule: Sendable {
    public var id: String
    public var name: String
    public var type: FindingType
    public var description: String
    public var regex: PCRE2Regex
    /// The capture group that is the value.
    public var valueGroup: Int
    public var validatorName: String?
    package var validator: (any Validator)?
    /// When true a failing validator only withholds its evidence; when false it drops the candidate.
    public var validatorScoresOnly: Bool
    public var keywords: [String]
    public var context: [String]
    public var contextWindow: Int
    public var negativeContext: [String]
    public var baseConfidence: Confidence
    /// The longest value this rule can match, in bytes; chunked scans overlap by at least this much.
    public var maxLength: Int
    public var redaction: RedactionSpec
    public var examples: [RuleExample]
    /// The pattern file it came from, as given (a built-in rule: `patterns/<region>/<id>.toml`).
    public var file: String
    /// The raw bytes of the pattern file, for `hush rules show`.
    public var source: String

    /// Field names (column headers, JSON keys, vCard properties) that say a value is of this rule's kind, compared
    /// after normalising case and separators. Context words found in a field name count too.
    public var fields: [String]
    /// Prefilter for number rules: the regex runs only near runs of at least this many digits (and near `keywords`,
    /// when the rule has both).
    public var digits: Int?
    /// How many bytes of the text view before its run of digits a match can start (`+86 `, `(0755) `, a passport's
    /// letter); nil: `maxLength`. The smaller it is, the fewer places the regex is tried (`SearchWindows`). For a rule
    /// with keywords and no digits it says the match holds a keyword and starts at most this far before it (an
    /// e-mail address holds its `@`); without it a keyword may be a label on either side of the match.
    public var lead: Int?
    /// `field`: the regex runs only inside fields named in `fields` (names and addresses, which no pattern can see).
    public var fieldScoped: Bool
}
