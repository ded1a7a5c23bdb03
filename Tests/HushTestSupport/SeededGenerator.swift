import Foundation

/// A reproducible random number generator (SplitMix64) for property tests.
///
/// Each run draws a fresh seed unless `HUSH_PROPERTY_SEED` names one, and every failure message carries the seed, so a
/// failure seen once (in CI, say) is replayed exactly with `HUSH_PROPERTY_SEED=<seed> swift test --filter …`.
public struct SeededGenerator: RandomNumberGenerator {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// The seed from `HUSH_PROPERTY_SEED`, or a new random one.
    public static func fromEnvironment() -> SeededGenerator {
        let named = ProcessInfo.processInfo.environment["HUSH_PROPERTY_SEED"].flatMap { UInt64($0) }
        return SeededGenerator(seed: named ?? UInt64.random(in: 0...UInt64.max))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
