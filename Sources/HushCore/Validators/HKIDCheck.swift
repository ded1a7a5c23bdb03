/// The Hong Kong identity card number: one or two letters, six digits and a check character, written `A123456(3)`,
/// `AB987654(3)` or without the parentheses.
///
/// The check is the Immigration Department's mod 11 scheme: letters count A=10 … Z=35, a one-letter prefix is padded
/// in front with a space worth 36, the eight characters are weighted 9 down to 2, and the check character brings the
/// total to a multiple of 11 (written `A` when it is 10). Case, spaces and parentheses are normalised, since the
/// number is copied by hand in every form.
package struct HKIDCheck: Validator {
    package static let name = "hkid"

    package init() {}

    package func isValid(_ value: ArraySlice<UInt8>) -> Bool {
        let compact = value.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"): nil
            case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - 0x20
            default: byte
            }
        }
        guard compact.count == 8 || compact.count == 9 else { return false }
        let letterCount = compact.count - 7
        var sum = letterCount == 1 ? 36 * 9 : 0
        var weight = compact.count
        for (position, byte) in compact.dropLast().enumerated() {
            let isLetter = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard position < letterCount ? isLetter : isDigit else { return false }
            sum += (isLetter ? Int(byte - UInt8(ascii: "A")) + 10 : Int(byte - UInt8(ascii: "0"))) * weight
            weight -= 1
        }
        let last = compact[compact.count - 1]
        let check: Int
        switch last {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): check = Int(last - UInt8(ascii: "0"))
        case UInt8(ascii: "A"): check = 10
        default: return false
        }
        return (sum + check) % 11 == 0
    }
}
