/// What a scan reports: the filters users set, and the fingerprint key.
public struct ScanOptions: Sendable {
    /// Findings below this level are not reported.
    public var minConfidence: Confidence
    /// Only these types are reported; nil reports all.
    public var types: Set<FindingType>?
    /// The team key for fingerprints (`HUSH_KEY`); see `Fingerprinter`.
    public var fingerprintKey: String?
    /// How findings' `replacement` is computed: the same policy `hush redact` writes with.
    public var redaction: RedactionPolicy
    /// Whether findings carry a `snippet`. Only some reports show one (`ReportFormat.showsSnippets`), and making them
    /// is a fifth of the cost of a finding in a dense export.
    public var snippets = true
    /// Search only where prefilters allow, even where they allow most of a document (a scan then searches all of it in
    /// one pass). Example checks set it, so that a rule whose `digits`, `lead` or `keywords` would miss its own
    /// example fails there rather than only in large files.
    var searchesOnlyNearPrefilterHits = false

    /// Without a `redaction` policy, rules redact as their pattern files say, and `hash` pseudonyms use the fingerprint
    /// key: both are `HUSH_KEY`, so `hush scan` reports the very tokens `hush redact` writes.
    public init(
        minConfidence: Confidence = .medium, types: Set<FindingType>? = nil, fingerprintKey: String? = nil,
        redaction: RedactionPolicy? = nil
    ) {
        self.minConfidence = minConfidence
        self.types = types
        self.fingerprintKey = fingerprintKey
        self.redaction = redaction ?? RedactionPolicy(key: fingerprintKey.flatMap { PseudonymKey(bytes: Array($0.utf8)) })
    }
}
