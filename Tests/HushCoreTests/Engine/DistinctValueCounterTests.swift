@testable import HushCore
import Testing

/// The counter agrees with a set of (type, bytes) pairs, through many resizes and with values that share slots.
@Test func distinctValueCounterCountsWhatASetCounts() {
    var generator = SystemRandomNumberGenerator()
    let types: [FindingType] = [.phone, .nationalID, .bankCard, .email]
    let pool = (0..<3_000).map { "v\($0)" } + ["", "手机", "é", "e\u{301}"]
    for size in [0, 1, 7, 100, 5_000] {
        var counter = DistinctValueCounter()
        var expected = Set<[UInt8]>()
        for _ in 0..<size {
            let type = types.randomElement(using: &generator)!
            let value = pool.randomElement(using: &generator)!
            counter.insert(DistinctValue(type: type, value: value))
            expected.insert(Array(type.rawValue.utf8) + [0] + Array(value.utf8))
        }
        #expect(counter.count == expected.count, "\(size) insertions")
    }
}

/// The same value under two types counts twice; two Unicode spellings of one text count apart (their bytes differ).
@Test func distinctValuesAreTypedAndCompareByBytes() {
    var counter = DistinctValueCounter()
    for (type, value) in [(FindingType.phone, "13800138000"), (.phone, "13800138000"), (.bankAccount, "13800138000"),
                          (.email, "é"), (.email, "e\u{301}")] {
        counter.insert(DistinctValue(type: type, value: value))
    }
    #expect(counter.count == 4)
}
