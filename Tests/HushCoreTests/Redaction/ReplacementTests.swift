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

@Test func hashPseudonymIsKeyedAndNamesTheType() throws {
    let key = try #require(PseudonymKey(bytes: Array("team-secret".utf8)))
    let token = Replacement.make(for: "+86 138-1234-5678", type: .phone, spec: .hash, normalizedValue: "13812345678", key: key)
    #expect(token.count == "PHONE_".count + 8)
    #expect(token.hasPrefix("PHONE_"))
    #expect(token.dropFirst(6).allSatisfy { $0.isHexDigit && !$0.isUppercase })
    #expect(key.token(type: .phone, normalizedValue: "13812345678") == token)
    let other = try #require(PseudonymKey(bytes: Array("another".utf8)))
    #expect(other.token(type: .phone, normalizedValue: "13812345678") != token)
    #expect(key.token(type: .nationalID, normalizedValue: "11010519491231002X").hasPrefix("NATIONAL_ID_"))
}

@Test func noKeyIsNoKey() {
    #expect(PseudonymKey(bytes: []) == nil)
    #expect(PseudonymKey(fileContents: Array("\n".utf8)) == nil)
    #expect(Replacement.make(for: "13812345678", type: .phone, spec: .hash) == "PHONE_********")
}

@Test func keyFileLosesOneTrailingLineEnding() throws {
    let fromFile = try #require(PseudonymKey(fileContents: Array("k3y\r\n".utf8)))
    let direct = try #require(PseudonymKey(bytes: Array("k3y".utf8)))
    #expect(fromFile.token(type: .email, normalizedValue: "a@b.cn") == direct.token(type: .email, normalizedValue: "a@b.cn"))
}

@Test(arguments: ["田军", "+86 138 1234 5678", "110105194912310021", "１３８１２３４５６７８", "欧阳娜娜"])
func maskIsIdempotent(value: String) {
    let once = Replacement.mask(value, keepFirst: 3, keepLast: 4)
    #expect(Replacement.mask(once, keepFirst: 3, keepLast: 4) == once)
    let name = Replacement.mask(value, keepFirst: 1, keepLast: 0)
    #expect(Replacement.mask(name, keepFirst: 1, keepLast: 0) == name)
}

@Test func oneCharacterLocalPartIsMasked() {
    #expect(Replacement.email("a@example.com") == "*@example.com")
}

@Test func placeholdersAreRecognised() {
    #expect(Replacement.isPlaceholder("田*", type: .name, replacement: "田*"))
    #expect(Replacement.isPlaceholder("[PHONE]", type: .phone, replacement: "[PHONE]"))
    #expect(Replacement.isPlaceholder("PHONE_3f9a2c1b", type: .phone, replacement: "PHONE_0a1b2c3d"))
    #expect(Replacement.isPlaceholder("********", type: .password, replacement: "********"))
    #expect(!Replacement.isPlaceholder("13812345678", type: .phone, replacement: "138****5678"))
    #expect(!Replacement.isPlaceholder("PHONE_3F9A2C1B", type: .phone, replacement: "x"))
}

@Test func strategyOverridesTheRulesOwnSpec() {
    #expect(RedactionStrategy.label.spec(overriding: .fixed) == .label)
    #expect(RedactionStrategy.hash.spec(overriding: .mask(keepFirst: 3, keepLast: 4, group: nil)) == .hash)
    #expect(RedactionStrategy.mask.spec(overriding: .email) == .email)
    #expect(RedactionStrategy.mask.spec(overriding: .label) == .mask(keepFirst: 0, keepLast: 0, group: nil))
}

/// The byte path for ASCII emails must give exactly what the character path gives.
@Test func asciiEmailPathAgreesWithTheCharacterPath() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("0123456789abcXYZ*-. @_+")
    for _ in 0..<5_000 {
        let value = String((0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        #expect(Replacement.email(value) == Replacement.emailCharacters(value), "\(value)")
    }
}

/// `mask` against the straightforward algorithm it replaced (positions, then a set of those to mask), on values
/// mixing CJK, full-width and ASCII characters and stars.
@Test func maskAgreesWithTheReferenceAlgorithm() {
    func reference(_ value: String, keepFirst: Int, keepLast: Int, within range: Range<Int>?) -> String {
        let scalars = Array(value.unicodeScalars)
        var positions: [Int] = []
        var offset = 0
        for (index, scalar) in scalars.enumerated() {
            let maskable = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || (0xFF10...0xFF19).contains(scalar.value) || (0xFF21...0xFF3A).contains(scalar.value)
                || (0xFF41...0xFF5A).contains(scalar.value)
            if maskable || scalar == "*" || scalar == "＊", range.map({ $0.contains(offset) }) ?? true { positions.append(index) }
            offset += String(scalar).utf8.count
        }
        var first = keepFirst
        var last = keepLast
        if first + last >= positions.count {
            first = min(first, positions.count / 4)
            last = min(last, positions.count / 4)
        }
        var masked = Set(positions.dropFirst(first).dropLast(last))
        if masked.isEmpty && !positions.isEmpty { masked = Set(positions) }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let fullWidth = (0xFF10...0xFF19).contains(scalar.value) || (0xFF21...0xFF3A).contains(scalar.value)
                || (0xFF41...0xFF5A).contains(scalar.value)
            result.append(masked.contains(index) ? (fullWidth || scalar == "＊" ? "＊" : "*") : scalar)
        }
        return String(result)
    }
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("张三丰欧阳１３８ａＺ0a7Zx*＊-·. 　@")
    for _ in 0..<3_000 {
        let value = String((0..<Int.random(in: 0...14, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
        let first = Int.random(in: 0...4, using: &generator)
        let last = Int.random(in: 0...4, using: &generator)
        let bytes = value.utf8.count
        let lower = Int.random(in: 0...bytes, using: &generator)
        let range: Range<Int>? = Bool.random(using: &generator) ? nil : lower..<Int.random(in: lower...bytes, using: &generator)
        #expect(
            Replacement.mask(value, keepFirst: first, keepLast: last, within: range)
                == reference(value, keepFirst: first, keepLast: last, within: range),
            "\(value) \(first) \(last) \(String(describing: range))")
    }
}
