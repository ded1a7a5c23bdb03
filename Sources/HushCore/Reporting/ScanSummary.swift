/// Totals of a scan, for the last lines of a report.
public struct ScanSummary: Sendable {
    public var files = 0
    public var bytes = 0
    public var findings = 0
    public var byType: [FindingType: Int] = [:]
    /// How many different values were found: how many people's numbers are exposed, not how often.
    public var distinctValues = 0
    public var skipped = 0
    public var elapsedMilliseconds = 0
    /// Files that are address books (many records pairing a name with a phone number: the data loan apps harvest),
    /// with their record counts, in walk order.
    public var addressBooks: [AddressBook] = []

    public init() {}
}

/// A file found to be an address book.
public struct AddressBook: Sendable, Equatable {
    public var path: String
    public var records: Int

    /// Fewer records than this are a form or a note, not an address book.
    public static let minimumRecords = 3

    public init(path: String, records: Int) {
        self.path = path
        self.records = records
    }
}
