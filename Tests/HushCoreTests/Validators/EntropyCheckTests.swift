import Testing

@testable import HushCore

struct EntropyCheckTests {
    @Test(arguments: [
        ("AKIAIOSFODNN7EXAMPLE", 3.0),
        ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", 4.0),
        ("abc", 1.5),  // log2(3) ≈ 1.585
        ("abcd", 2.0),  // exactly 2 bits
    ])
    func accepts(value: String, bits: Double) {
        #expect(EntropyCheck(minimumBits: bits).isValid(ArraySlice(value.utf8)))
    }

    @Test(arguments: [
        ("aaaaaaaaaaaaaaaa", 0.0),  // one distinct byte fails whatever the threshold
        ("abababababababab", 0.5),  // two distinct bytes
        ("0101010101010101", 0.0),
        ("abcd", 2.01),
        ("passwordpassword", 3.5),
        ("", 0.0),
    ])
    func rejects(value: String, bits: Double) {
        #expect(!EntropyCheck(minimumBits: bits).isValid(ArraySlice(value.utf8)))
    }
}
