/// The Taiwan national identification number (`A123456789`), and the resident certificate number of the same shape
/// issued to foreign residents since 2021 (second character 8 or 9 instead of 1 or 2).
///
/// The letter stands for the place of first registration and counts as a two-digit number; the table is not
/// alphabetical because letters were added later (I=34, O=35, W=32, Z=33). Its tens digit is weighted 1 and its units
/// digit 9, the next eight digits 8 down to 1, the check digit 1, and the total must be a multiple of 10. The older
/// resident certificate form with a second letter (`AB12345678`) is not accepted.
package struct TaiwanIDCheck: Validator {
    package static let name = "twid"

    /// The two-digit value of each letter A…Z.
    private static let letterValues = [
        10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33,
    ]

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        let compact = value.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }
        guard compact.count == 10 else { return false }
        let letter = compact[0] & ~0x20
        guard letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z"), "1289".utf8.contains(compact[1]) else {
            return false
        }
        let area = Self.letterValues[Int(letter - UInt8(ascii: "A"))]
        var sum = area / 10 + area % 10 * 9
        for (offset, byte) in compact.dropFirst().enumerated() {
            guard byte >= 0x30 && byte <= 0x39 else { return false }
            sum += Int(byte - 0x30) * max(8 - offset, 1)
        }
        return sum % 10 == 0
    }
}
