/// A document's text as UTF-8, with the way back to its original bytes.
///
/// UTF-8 documents are their own decoding (no copy, no map): only other encodings pay for a transcoded copy.
public struct DecodedText: Sendable {
    public let encoding: TextEncoding
    /// Whether the original starts with a byte-order mark.
    public let bom: Bool
    /// The text as UTF-8 (for UTF-8 documents, the original bytes themselves).
    public let utf8: [UInt8]
    /// Maps decoded offsets to original ones; nil when they are the same.
    public let map: EncodingMap?
    /// Units that could not be decoded and became U+FFFD.
    public let invalidUnits: Int
    /// The original offset of the first undecodable unit, for diagnostics.
    public let firstInvalidOffset: Int?

    /// For UTF-8 text: how valid its bytes are, when decoding already found out (nil: not checked yet).
    let utf8Verdict: UTF8Validator.Verdict?

    public init(utf8 bytes: [UInt8]) {
        self.init(utf8: bytes, verdict: nil)
    }

    init(utf8 bytes: [UInt8], verdict: UTF8Validator.Verdict?) {
        encoding = .utf8
        bom = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        utf8 = bytes
        map = nil
        invalidUnits = 0
        firstInvalidOffset = nil
        utf8Verdict = verdict
    }

    init(encoding: TextEncoding, bom: Bool, utf8: [UInt8], map: EncodingMap?, invalidUnits: Int, firstInvalidOffset: Int?) {
        self.encoding = encoding
        self.bom = bom
        self.utf8 = utf8
        self.map = map
        self.invalidUnits = invalidUnits
        self.firstInvalidOffset = firstInvalidOffset
        utf8Verdict = nil
    }

    /// The original offset of decoded offset `offset` (a character boundary).
    @inline(__always)
    public func originalOffset(_ offset: Int) -> Int {
        map?.originalOffset(offset) ?? offset
    }
}
