/// What hush knows about a finding beyond SARIF's vocabulary: the keys of a `--format json` finding that are not
/// already in the result, with `value` only under `--show-values`.
struct SARIFResultProperties: Encodable {
    var type: String
    var confidence: String
    var score: Double
    var evidence: [String]
    var part: String
    var container: String?
    var encoding: String
    var bom: Bool
    var masked: String
    var replacement: String
    var value: String?
}
