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
///
/// Hashes are fed straight from the strings' UTF-8 storage: a dense export has a fingerprint per few hundred bytes,
/// and building `Data` for each cost more than the hash.
public struct Fingerprinter: Sendable {
    private let key: [UInt8]?

    public init(key: String?) {
        self.key = key.flatMap { $0.isEmpty ? nil : Array($0.utf8) }
    }

    private static let maskedDomain = Array("hush-fingerprint-masked-v1\u{0}".utf8)
    private static let keyedDomain = Array("hush-fingerprint-v1\u{0}".utf8)

    /// `normalizedValue` is what a keyed fingerprint covers, `masked` what an unkeyed one covers.
    public func fingerprint(path: String, rule: String, normalizedValue: String, masked: String) -> String {
        if let key {
            var hmac = HMAC<SHA256>(key: SymmetricKey(data: key))
            Self.feed(Self.keyedDomain, path, rule, normalizedValue) { hmac.update(data: $0) }
            return Self.hex(hmac.finalize(), count: 16)
        }
        var sha = SHA256()
        Self.feed(Self.maskedDomain, path, rule, masked) { sha.update(bufferPointer: $0) }
        return Self.hex(sha.finalize(), count: 8)
    }

    /// Hands `domain`, then each part followed by a NUL (the last without), to `update` in one piece: the hash's own
    /// per-call overhead was most of its cost for inputs this short.
    private static func feed(
        _ domain: [UInt8], _ path: String, _ rule: String, _ value: String, _ update: (UnsafeRawBufferPointer) -> Void
    ) {
        var (path, rule, value) = (path, rule, value)
        let total = domain.count + path.utf8.count + 1 + rule.utf8.count + 1 + value.utf8.count
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { buffer in
            var end = 0
            func put(_ bytes: UnsafeBufferPointer<UInt8>) {
                _ = UnsafeMutableBufferPointer(rebasing: buffer[end..<(end + bytes.count)]).initialize(from: bytes)
                end += bytes.count
            }
            domain.withUnsafeBufferPointer(put)
            path.withUTF8(put)
            buffer[end] = 0
            end += 1
            rule.withUTF8(put)
            buffer[end] = 0
            end += 1
            value.withUTF8(put)
            update(UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[0..<end])))
        }
    }

    private static func hex(_ digest: some Sequence<UInt8>, count: Int) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: count * 2) { out in
            var index = 0
            for byte in digest.prefix(count) {
                out[index] = digits.utf8Start[Int(byte >> 4)]
                out[index + 1] = digits.utf8Start[Int(byte & 0xF)]
                index += 2
            }
            return index
        }
    }
}
