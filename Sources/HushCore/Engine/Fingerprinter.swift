import Crypto
import Foundation

/// Identifies a finding by (path, rule, value) — never by line, so moving code does not change it — without letting a
/// reader of a committed report or baseline recover the value.
///
/// Phone and ID numbers are few enough to enumerate (10¹⁰ mobile numbers hash in minutes), and a report already shows
/// the masked value (`138****5678` leaves 10⁴ candidates), so no unkeyed hash of the value can be published safely:
/// even 24 bits single out one of those 10⁴. Two modes:
/// - with a team key (`HUSH_KEY`): HMAC-SHA256 of the value under the key, 128 bits shown. Without the key nothing can
///   be tested, and two different values never share a fingerprint.
/// - without a key: SHA-256 of the path, the rule and the *masked* value, 64 bits shown. It says nothing the report
///   does not already say; the price is that two values with the same mask in the same file and rule share a
///   fingerprint (for a mobile number, 1 in 10⁴), so a baseline may accept a new number that masks like an accepted one.
///   Teams that commit baselines should set `HUSH_KEY`.
public struct Fingerprinter: Sendable {
    private let key: Data?

    public init(key: String?) {
        self.key = key.flatMap { $0.isEmpty ? nil : Data($0.utf8) }
    }

    /// `normalizedValue` is what a keyed fingerprint covers, `masked` what an unkeyed one covers.
    public func fingerprint(path: String, rule: String, normalizedValue: String, masked: String) -> String {
        var message = Data((key == nil ? "hush-fingerprint-masked-v1" : "hush-fingerprint-v1").utf8 + [0])
        message.append(contentsOf: Array(path.utf8))
        message.append(0)
        message.append(contentsOf: Array(rule.utf8))
        message.append(0)
        if let key {
            message.append(contentsOf: Array(normalizedValue.utf8))
            let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
            return Self.hex(Array(code).prefix(16))
        }
        message.append(contentsOf: Array(masked.utf8))
        return Self.hex(Array(SHA256.hash(data: message)).prefix(8))
    }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
