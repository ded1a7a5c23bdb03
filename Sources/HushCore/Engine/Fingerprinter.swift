import Crypto
import Foundation

/// Identifies a finding by (path, rule, value) — never by line, so moving code does not change it — without letting a
/// reader of a committed report or baseline recover the value.
///
/// Phone and ID numbers are few enough to enumerate (10¹⁰ mobile numbers hash in minutes), so a plain hash would
/// reveal them. Two modes:
/// - with a team key (`HUSH_KEY`): HMAC-SHA256 under the key, 128 bits shown. Without the key nothing can be tested.
/// - without a key: SHA-256 truncated to 24 bits. Each fingerprint then stands for about 600 of the 10¹⁰ possible
///   mobile numbers (and more ID numbers), so enumeration yields a crowd, not a person; the price is that two values
///   in the same file and rule collide with probability 2⁻²⁴, acceptable for matching a baseline.
public struct Fingerprinter: Sendable {
    private let key: Data?

    public init(key: String?) {
        self.key = key.flatMap { $0.isEmpty ? nil : Data($0.utf8) }
    }

    public var isKeyed: Bool { key != nil }

    public func fingerprint(path: String, rule: String, normalizedValue: String) -> String {
        var message = Data("hush-fingerprint-v1\u{0}".utf8)
        message.append(contentsOf: Array(path.utf8))
        message.append(0)
        message.append(contentsOf: Array(rule.utf8))
        message.append(0)
        message.append(contentsOf: Array(normalizedValue.utf8))
        if let key {
            let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key))
            return Self.hex(Array(code).prefix(16))
        }
        return Self.hex(Array(SHA256.hash(data: message)).prefix(3))
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
