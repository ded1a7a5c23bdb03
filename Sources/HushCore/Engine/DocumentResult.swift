/// What scanning one document produced.
public struct DocumentResult: Sendable {
    public var findings: [Finding]
    /// One-line problems met while scanning (a rule that hit a match limit), each naming the rule and the path.
    public var diagnostics: [String]
    /// The encoding the contents were read in; nil when they were not text.
    public var encoding: TextEncoding?
    /// Why the contents were not scanned (binary, undecodable); the file name may still have findings.
    public var skipped: String?
    /// Records pairing a name with a phone number, when the document is structured (CSV, vCard).
    public var contactRecords: Int = 0
    /// Whether this result counts as a scanned file in the summary (a container's name alone does not).
    public var counted: Bool = true
}
