/// hush's totals for the run, in the run's property bag (SARIF has no place for them otherwise). Elapsed time is left
/// out: a log should not change between two scans of the same files.
struct SARIFRunProperties: Encodable {
    var files: Int
    var bytes: Int
    var findings: Int
    var byType: [String: Int]
    var distinctValues: Int
    var skipped: Int
    var addressBooks: [Book]

    /// A file that is an address book, with how many people it lists.
    struct Book: Encodable {
        var path: String
        var records: Int
    }

    enum CodingKeys: String, CodingKey {
        case files, bytes, findings, skipped
        case byType = "by_type"
        case distinctValues = "distinct_values"
        case addressBooks = "address_books"
    }

    init(_ summary: ScanSummary) {
        files = summary.files
        bytes = summary.bytes
        findings = summary.findings
        byType = Dictionary(uniqueKeysWithValues: summary.byType.map { ($0.key.rawValue, $0.value) })
        distinctValues = summary.distinctValues
        skipped = summary.skipped
        addressBooks = summary.addressBooks.map { Book(path: $0.path, records: $0.records) }
    }
}
