/// The unified social credit code of Chinese organisations (GB 32100-2015): 18 characters from the 31-symbol alphabet
/// `0-9 A-H J-N P-R T U W-Y` (no I, O, S, V, Z), with a mod 31 check character.
///
/// Positions 3–8 are the registering region, always digits; the first two (registering authority and entity type)
/// may be letters, as for `Y1…` and `N2…` codes, so only the alphabet is checked there. Character values are their
/// index in the alphabet, weights are 3^i mod 31 (1 3 9 27 19 26 …), and the check character is the one whose value
/// is 31 - (sum mod 31), with 31 written 0. An all-zero code passes that arithmetic and is a placeholder, so it fails.
/// Some early pilot codes do not satisfy the check, which is why rules may use `validator_mode = "score"` with it.
package struct USCCCheck: Validator {
    package static let name = "uscc"

    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// The value of each ASCII byte in the code alphabet, or -1.
    private static let values: [Int] = {
        var table = [Int](repeating: -1, count: 128)
        for (index, byte) in "0123456789ABCDEFGHJKLMNPQRTUWXY".utf8.enumerated() {
            table[Int(byte)] = index
            if byte >= UInt8(ascii: "A") { table[Int(byte | 0x20)] = index }
        }
        return table
    }()

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        var sum = 0
        var position = 0
        var check = -1
        var allZero = true
        for byte in value {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") { continue }
            guard position < 18, byte < 128 else { return false }
            let digitOnly = (2..<8).contains(position)
            guard !digitOnly || (byte >= 0x30 && byte <= 0x39) else { return false }
            let symbol = Self.values[Int(byte)]
            guard symbol >= 0 else { return false }
            if symbol != 0 { allZero = false }
            if position < 17 {
                sum += symbol * Self.weights[position]
            } else {
                check = symbol
            }
            position += 1
        }
        return position == 18 && !allZero && check == (31 - sum % 31) % 31
    }
}
