import Crypto
import Foundation

/// The secret behind the `hash` strategy's pseudonyms (`PHONE_3f9a2c1b`): HMAC-SHA256 of the normalised value.
///
/// Keyed, never a bare hash: there are only 10¹⁰ mobile numbers, so an unkeyed token could be reversed by hashing them
/// all in minutes. The same key gives the same token for the same person in every file and every run, so redacted
/// tables still join; a different key gives unrelated tokens. There is deliberately no default key: a key everyone has
/// protects no one. The message is prefixed with `hush-pseudonym-v1` so that a team using one `HUSH_KEY` for both
/// fingerprints and pseudonyms cannot have one turned into the other. Eight hex digits (32 bits) keep tokens short;
/// two people colliding in one data set of 10,000 values happens with probability about 1 in 90, which joins
/// tolerate and which reveals nothing.
public struct PseudonymKey: Sendable {
    private let key: [UInt8]

    /// nil for an empty key: an empty HMAC key is no secret at all.
    public init?(bytes: [UInt8]) {
        guard !bytes.isEmpty else { return nil }
        key = bytes
    }

    /// The key in a key file: its bytes, without one trailing line ending that editors add.
    public init?(fileContents bytes: [UInt8]) {
        var trimmed = bytes[...]
        if trimmed.last == 0x0A { trimmed = trimmed.dropLast() }
        if trimmed.last == 0x0D { trimmed = trimmed.dropLast() }
        self.init(bytes: Array(trimmed))
    }

    /// `PHONE_3f9a2c1b`: the type's name in capitals and the first eight hex digits of the HMAC.
    public func token(type: FindingType, normalizedValue: String) -> String {
        var message = Array("hush-pseudonym-v1\u{0}".utf8)
        message.append(contentsOf: normalizedValue.utf8)
        let code = Array(HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for byte in code.prefix(4) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0xF)])
        }
        return type.pseudonymPrefix + String(decoding: hex, as: UTF8.self)
    }
}
