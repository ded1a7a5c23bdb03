/// One thing to scan: the original bytes and where they came from.
public struct Document: Sendable {
    /// The path as reached from the arguments (`./a.csv`, `<stdin>`, `outer.zip!inner/a.csv`).
    public var path: String
    /// The archive or document holding this one, if any.
    public var container: String?
    /// The original bytes; every reported offset points into these.
    public var bytes: [UInt8]
    /// Whether to also scan the last path component as text.
    public var scansName: Bool
    /// The encoding to read the bytes in; nil detects it.
    public var encoding: TextEncoding?
    /// Fields worked out from outside the document (a workbook's column headers for one of its sheets); nil reads
    /// them from the document itself.
    public var fields: FieldMap?

    public init(path: String, container: String? = nil, bytes: [UInt8], scansName: Bool = true, encoding: TextEncoding? = nil) {
        self.path = path
        self.container = container
        self.bytes = bytes
        self.scansName = scansName
        self.encoding = encoding
    }

    /// The bytes of the file name, the last component of `path`.
    var nameBytes: [UInt8] {
        let utf8 = Array(path.utf8)
        guard let slash = utf8.lastIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "!") }) else { return utf8 }
        return Array(utf8[(slash + 1)...])
    }
}
