/// Bytes recovered from a transfer encoding (quoted-printable, base64), each remembering how many encoded bytes it
/// came from, so that the text they decode to can be mapped back to the encoded bytes as written.
struct EncodedBytes {
    var bytes: [UInt8] = []
    /// For each byte, the number of encoded bytes behind it (line breaks inside the encoding are added to the byte
    /// before them).
    var sourceLengths: [Int] = []
    /// Encoded bytes before the first decoded byte that stand for nothing (a leading soft line break).
    var leadingSkip = 0

    mutating func append(_ byte: UInt8, from length: Int) {
        bytes.append(byte)
        sourceLengths.append(length)
    }

    mutating func skip(_ length: Int) {
        if sourceLengths.isEmpty { leadingSkip += length } else { sourceLengths[sourceLengths.count - 1] += length }
    }

    /// Appends the text these bytes encode in `charset` to `out` as UTF-8, recording in `map` which encoded bytes each
    /// character came from. An undecodable unit (a byte, or a UTF-16 code unit) becomes U+FFFD, and decoding resumes
    /// right after it: a lead byte whose character is cut short must not take the bytes after it along (a damaged
    /// `=E5` before `13812345678` would otherwise hide the `13`).
    func decode(charset: TextEncoding, into out: inout [UInt8], map: inout OffsetMap) {
        if leadingSkip > 0 { map.remove(before: out.count, length: leadingSkip) }
        var index = 0
        while index < bytes.count {
            let length = bytes.withUnsafeBufferPointer { charset.characterLength(in: $0, at: index) }
            var end = min(index + length, bytes.count)
            let piece = Array(bytes[index..<end])
            let utf8: [UInt8]
            if charset == .utf8, String(validating: piece, as: UTF8.self) != nil {
                utf8 = piece
            } else if charset != .utf8, let decoded = try? Transcoder.decode(piece, from: charset), decoded.invalidUnits == 0,
                !decoded.utf8.isEmpty
            {
                utf8 = decoded.utf8
            } else {
                utf8 = [0xEF, 0xBF, 0xBD]
                end = min(index + charset.invalidUnitLength, bytes.count)
            }
            let sourceLength = sourceLengths[index..<end].reduce(0, +)
            map.replace(view: out.count, viewLength: utf8.count, originalLength: sourceLength)
            out.append(contentsOf: utf8)
            index = end
        }
    }

    /// Decodes base64 `text[range]`; each quantum of four characters gives its three bytes lengths 2, 1 and 1.
    static func base64(_ text: [UInt8], _ range: Range<Int>) -> EncodedBytes {
        var result = EncodedBytes()
        var quantum: [UInt8] = []
        var quantumSource: [Int] = []
        for index in range {
            let byte = text[index]
            let value: UInt8
            switch byte {
            case 0x41...0x5A: value = byte - 0x41
            case 0x61...0x7A: value = byte - 0x47
            case 0x30...0x39: value = byte + 4
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            default:
                if quantum.isEmpty { result.skip(1) } else { quantumSource[quantumSource.count - 1] += 1 }
                continue
            }
            quantum.append(value)
            quantumSource.append(1)
            if quantum.count == 4 {
                result.flush(quantum, quantumSource)
                quantum.removeAll()
                quantumSource.removeAll()
            }
        }
        if quantum.count >= 2 { result.flush(quantum, quantumSource) } else if !quantumSource.isEmpty { result.skip(quantumSource.reduce(0, +)) }
        return result
    }

    private mutating func flush(_ quantum: [UInt8], _ source: [Int]) {
        let total = source.reduce(0, +)
        let produced = quantum.count - 1
        var values: [UInt8] = [quantum[0] << 2 | quantum[1] >> 4]
        if quantum.count > 2 { values.append(quantum[1] << 4 | quantum[2] >> 2) }
        if quantum.count > 3 { values.append(quantum[2] << 6 | quantum[3]) }
        for (offset, value) in values.prefix(produced).enumerated() {
            append(value, from: offset == 0 ? total - (produced - 1) : 1)
        }
    }

    /// Decodes quoted-printable `text[range]` (soft line breaks removed).
    static func quotedPrintable(_ text: [UInt8], _ range: Range<Int>) -> EncodedBytes {
        var result = EncodedBytes()
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte == UInt8(ascii: "=") {
                if index + 1 < range.upperBound, text[index + 1] == 0x0D || text[index + 1] == 0x0A {
                    var next = index + 1
                    if text[next] == 0x0D { next += 1 }
                    if next < range.upperBound, text[next] == 0x0A { next += 1 }
                    result.skip(next - index)
                    index = next
                    continue
                }
                if let value = ContentUnescaper.hex(text, index + 1, 2) {
                    result.append(UInt8(value), from: 3)
                    index += 3
                    continue
                }
            }
            result.append(byte, from: 1)
            index += 1
        }
        return result
    }
}
