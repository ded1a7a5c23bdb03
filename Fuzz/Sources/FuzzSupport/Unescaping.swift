@testable import HushCore

/// Unescapes `text` as `kind` does for a scan and checks the map back to the escaped text.
public func checkUnescaping(_ text: [UInt8], as kind: ContentUnescaper.Kind) {
    guard let (bytes, map) = ContentUnescaper.unescape(text, kind: kind) else { return }
    checkMapping(view: bytes, originalCount: text.count, what: "\(kind) unescaping", start: map.originalStart, end: map.originalEnd)
}

/// Checks a structured document's fields: inside the text, sorted, and found by `fieldIndex(containing:)`.
public func checkFields(_ fields: FieldMap, count: Int) {
    checkRanges(fields.spans.map(\.range), within: count, what: "\(fields.kind) field")
    for (index, span) in fields.spans.enumerated() {
        if index > 0 { require(fields.spans[index - 1].range.lowerBound <= span.range.lowerBound, "\(fields.kind) fields out of order") }
        if !span.range.isEmpty, index < 64 {
            require(fields.fieldIndex(containing: span.range) != nil, "\(fields.kind) field \(span.range) not found by its own range")
        }
    }
}

/// Quoted-printable and base64 decoding of `text` (each byte of the encoding accounted for exactly once), then the
/// decoded bytes read as UTF-8: no ASCII byte may be lost or added, only undecodable bytes become U+FFFD.
public func checkTransferEncodings(_ text: [UInt8]) {
    for encoded in [EncodedBytes.quotedPrintable(text, 0..<text.count), EncodedBytes.base64(text, 0..<text.count)] {
        require(encoded.bytes.count == encoded.sourceLengths.count, "a decoded byte without its source length")
        require(encoded.sourceLengths.allSatisfy { $0 > 0 }, "a decoded byte from no encoded bytes")
        require(encoded.leadingSkip + encoded.sourceLengths.reduce(0, +) == text.count, "encoded bytes not accounted for")
        var out: [UInt8] = []
        var map = OffsetMap()
        encoded.decode(charset: .utf8, into: &out, map: &map)
        checkMapping(view: out, originalCount: text.count, what: "transfer decoding", start: map.originalStart, end: map.originalEnd)
        let asciiIn = encoded.bytes.lazy.filter { $0 < 0x80 }.count
        let asciiOut = out.lazy.filter { $0 < 0x80 }.count
        require(asciiIn == asciiOut, "UTF-8 decoding kept \(asciiOut) of \(asciiIn) ASCII bytes")
    }
}
