/// A JSON Web Token in compact serialisation (RFC 7519): three base64url segments joined by dots, whose first segment
/// decodes to a JOSE header, a JSON object naming its `"alg"`.
///
/// Three dot-separated base64url runs are common (version strings, minified identifiers, hashes); a header that decodes
/// to `{…"alg"…}` is what only a token has, and decoding just that segment keeps the check cheap. The signature may be
/// empty, as in unsecured (`"alg":"none"`) tokens: their claims are exposed all the same. Padding `=` at the end of a
/// segment is tolerated, though JWTs omit it.
package struct JWTCheck: Validator {
    package static let name = "jwt"

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        let segments = value.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard segments.count == 3, !segments[0].isEmpty, !segments[1].isEmpty,
              segments.allSatisfy({ Self.isBase64URL($0) }),
              let header = Self.decodeBase64URL(segments[0])
        else { return false }
        guard let open = header.firstIndex(where: { !Self.isJSONSpace($0) }), header[open] == UInt8(ascii: "{") else {
            return false
        }
        let alg = Array(#""alg""#.utf8)
        return header.indices.contains { header[$0...].starts(with: alg) }
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isBase64URL(_ segment: ArraySlice<UInt8>) -> Bool {
        let body = segment.prefix { $0 != UInt8(ascii: "=") }
        let padding = segment.count - body.count
        return padding <= 2 && segment.suffix(padding).allSatisfy { $0 == UInt8(ascii: "=") }
            && body.allSatisfy { sextet(of: $0) != nil }
    }

    /// The 6-bit value of a base64url character.
    private static func sextet(of byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt32(byte - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): UInt32(byte - UInt8(ascii: "a")) + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0")) + 52
        case UInt8(ascii: "-"): 62
        case UInt8(ascii: "_"): 63
        default: nil
        }
    }

    /// The bytes that `segment` encodes, without requiring padding; nil for a length no encoder produces.
    static func decodeBase64URL(_ segment: ArraySlice<UInt8>) -> [UInt8]? {
        let body = segment.prefix { $0 != UInt8(ascii: "=") }
        guard body.count % 4 != 1 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(body.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for character in body {
            guard let value = sextet(of: character) else { return nil }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: buffer >> UInt32(bits)))
            }
        }
        return bytes
    }
}
