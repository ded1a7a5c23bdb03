/// What a scan reports: the filters users set, and the fingerprint key.
public struct ScanOptions: Sendable {
    /// Findings below this level are not reported.
    public var minConfidence: Confidence
    /// Only these types are reported; nil reports all.
    public var types: Set<FindingType>?
    /// The team key for fingerprints (`HUSH_KEY`); see `Fingerprinter`.
    public var fingerprintKey: String?

    public init(minConfidence: Confidence = .medium, types: Set<FindingType>? = nil, fingerprintKey: String? = nil) {
        self.minConfidence = minConfidence
        self.types = types
        self.fingerprintKey = fingerprintKey
    }
}
