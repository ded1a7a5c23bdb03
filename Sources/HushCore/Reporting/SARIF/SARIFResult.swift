/// One finding as a SARIF result.
///
/// `partialFingerprints` carries the finding's `fingerprint`, which depends on path, rule and value but not on the
/// line, so a code-scanning service keeps tracking the same alert when lines move above it, and cannot recover the
/// value from it (see `Fingerprinter`).
struct SARIFResult: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var kind = "fail"
    var level: String
    var message: SARIFMessage
    var locations: [SARIFLocation]
    var partialFingerprints: [String: String]
    var fixes: [SARIFFix]?
    var properties: SARIFResultProperties

    /// `high` is an error, `medium` a warning, `low` a note: how sure hush is decides how loudly a service shows it.
    static func level(for confidence: Confidence) -> String {
        switch confidence {
        case .high: "error"
        case .medium: "warning"
        case .low: "note"
        }
    }
}
