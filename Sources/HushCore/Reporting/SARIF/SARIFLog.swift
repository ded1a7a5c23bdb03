/// The root of a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the format code-scanning
/// services read.
///
/// The log is a typed `Encodable` model rather than dictionaries, so the compiler checks the shape and the schema
/// test checks the rest; `SARIFReporter` encodes it with sorted keys so that goldens stay byte-stable. Only the parts
/// hush fills are modelled; optional members left `nil` are omitted from the output.
struct SARIFLog: Encodable {
    var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    var version = "2.1.0"
    var runs: [SARIFRun]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version
        case runs
    }
}
