import Foundation

/// A value whose Shannon entropy, in bits per byte, is at least a threshold: written `entropy:N` in pattern files
/// (`entropy:3.5`).
///
/// Generic secret rules (`api_key = …`, long hex or base64 runs) match identifiers and sentences as readily as keys;
/// random keys spread over many symbols, so entropy separates them without a list of providers. Bytes, not
/// characters, are counted because secrets are ASCII and the measure must stay cheap. Values of at most two distinct
/// bytes (`aaaa`, `0101…`, `-=-=`) fail whatever the threshold, since a threshold of 1 or less would let them through.
package struct EntropyCheck: Validator {
    package static let name = "entropy"

    package let minimumBits: Double

    package init(minimumBits: Double) {
        self.minimumBits = minimumBits
    }

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        guard !value.isEmpty else { return false }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { counts in
            counts.initialize(repeating: 0)
            var distinct = 0
            for byte in value {
                if counts[Int(byte)] == 0 { distinct += 1 }
                counts[Int(byte)] += 1
            }
            guard distinct > 2 else { return false }
            let total = Double(value.count)
            var entropy = 0.0
            for count in counts where count > 0 {
                let p = Double(count) / total
                entropy -= p * log2(p)
            }
            return entropy >= minimumBits
        }
    }
}
