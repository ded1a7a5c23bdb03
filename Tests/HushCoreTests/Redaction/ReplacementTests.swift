@testable import HushCore
import Testing

@Test func maskKeepsSeparatorsAndLength() {
    #expect(Replacement.mask("138-1234-5678", keepFirst: 3, keepLast: 4) == "138-****-5678")
    #expect(Replacement.mask("11010519491231002X", keepFirst: 6, keepLast: 4) == "110105********002X")
}

@Test func maskUsesFullWidthStarsForFullWidthDigits() {
    #expect(Replacement.mask("１３８１２３４５６７８", keepFirst: 3, keepLast: 4) == "１３８＊＊＊＊５６７８")
}

@Test func maskCanBeConfinedToAGroup() {
    // "+86 " is 4 bytes: masking starts inside the national number.
    #expect(Replacement.mask("+86 138 1234 5678", keepFirst: 3, keepLast: 4, within: 4..<17) == "+86 138 **** 5678")
}

@Test func shortValuesAreNotRevealedByKeepCounts() {
    #expect(Replacement.mask("1234", keepFirst: 3, keepLast: 4) == "1**4")
}

@Test func emailKeepsFirstCharacterAndDomain() {
    #expect(Replacement.email("zhang.san@example.com") == "z********@example.com")
}

@Test func strategiesFromSpec() {
    #expect(Replacement.make(for: "hunter22", type: .password, spec: .fixed) == "********")
    #expect(Replacement.make(for: "13812345678", type: .phone, spec: .label) == "[PHONE]")
}
