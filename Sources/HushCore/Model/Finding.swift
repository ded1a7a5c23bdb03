/// One piece of personal data found in one place, with the evidence for it and what to replace it with.
///
/// `start`/`end` are byte offsets into the original bytes of the document (or of its file name, for `.name`), never
/// into a decoded or folded view, so that a report and a redaction speak about the same bytes.
public struct Finding: Sendable {
    public var rule: String
    public var type: FindingType
    public var confidence: Confidence
    public var score: Double
    public var evidence: [String]
    public var path: String
    public var container: String?
    public var encoding: String
    public var bom: Bool
    public var part: FindingPart
    /// 1-based line; a line ends at LF, CRLF or CR.
    public var line: Int
    /// 1-based column in Unicode scalars of the decoded line; a BOM is not counted.
    public var column: Int
    public var start: Int
    public var end: Int
    /// The value as it stands in the document. Reporters print it only when asked (`--show-values`).
    public var value: String
    /// The value with the rule's mask applied, safe to show.
    public var masked: String
    /// What `hush redact` writes in place of the value.
    public var replacement: String
    /// Identifies (path, rule, value) without revealing the value; see `Fingerprinter`.
    public var fingerprint: String
    /// The value normalised for comparison (digits folded, separators and country prefix dropped).
    public var normalizedValue: String
    /// The words around the value on its line, other values masked, for reports that show context (HTML, SARIF).
    public var snippet = Snippet()
}
